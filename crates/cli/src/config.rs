//! Configuration: built-in defaults, then `hansa.toml` (or `--config`), then `HANSA_*`
//! environment variables, then command-line flags — each overriding the one before.

use std::path::PathBuf;

use anyhow::{Context, bail};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub database_url: Option<String>,
    pub bind: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub secure_cookies: Option<bool>,
    pub trust_proxy: Option<bool>,
    /// MiB of rendered public pages each server keeps in memory (0: none).
    pub page_cache_mb: Option<u64>,
}

/// The settings a command runs with.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub bind: String,
    pub data_dir: PathBuf,
    pub secure_cookies: bool,
    pub trust_proxy: bool,
    /// Bytes of rendered public pages kept in memory (0: none).
    pub page_cache_bytes: usize,
}

/// Flags that every subcommand accepts.
#[derive(Debug, Clone, clap::Args, Default)]
pub struct GlobalArgs {
    /// Database URL: sqlite://path/to/hansa.db (default: <data-dir>/hansa.db) or postgres://user@host/db
    #[arg(long, global = true)]
    pub database_url: Option<String>,
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long, global = true)]
    pub bind: Option<String>,
    /// Directory for the SQLite database and other files [default: ./data]
    #[arg(long, global = true)]
    pub data_dir: Option<PathBuf>,
    /// Configuration file [default: ./hansa.toml when it exists]
    #[arg(long, global = true)]
    pub config: Option<PathBuf>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn env_bool(name: &str) -> anyhow::Result<Option<bool>> {
    match env(name).as_deref() {
        None => Ok(None),
        Some("1" | "true" | "yes") => Ok(Some(true)),
        Some("0" | "false" | "no") => Ok(Some(false)),
        Some(other) => bail!("{name}={other:?} is not true/false"),
    }
}

fn env_u64(name: &str) -> anyhow::Result<Option<u64>> {
    env(name).map(|v| v.trim().parse().with_context(|| format!("{name}={v:?} is not a whole number"))).transpose()
}

impl Config {
    pub fn load(args: &GlobalArgs) -> anyhow::Result<Config> {
        let path = args.config.clone().or_else(|| env("HANSA_CONFIG").map(PathBuf::from));
        let file: FileConfig = match &path {
            Some(p) => toml::from_str(&std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?)
                .with_context(|| format!("in {}", p.display()))?,
            None => match std::fs::read_to_string("hansa.toml") {
                Ok(text) => toml::from_str(&text).context("in hansa.toml")?,
                Err(_) => FileConfig::default(),
            },
        };
        let data_dir = args
            .data_dir
            .clone()
            .or_else(|| env("HANSA_DATA_DIR").map(PathBuf::from))
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let database_url = args
            .database_url
            .clone()
            .or_else(|| env("HANSA_DATABASE_URL"))
            .or(file.database_url)
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("hansa.db").display()));
        hansa_store::Backend::of_url(&database_url).map_err(anyhow::Error::msg)?;
        Ok(Config {
            database_url,
            bind: args
                .bind
                .clone()
                .or_else(|| env("HANSA_BIND"))
                .or(file.bind)
                .unwrap_or_else(|| "127.0.0.1:8080".into()),
            data_dir,
            secure_cookies: env_bool("HANSA_SECURE_COOKIES")?.or(file.secure_cookies).unwrap_or(false),
            trust_proxy: env_bool("HANSA_TRUST_PROXY")?.or(file.trust_proxy).unwrap_or(false),
            page_cache_bytes: match env_u64("HANSA_PAGE_CACHE_MB")?.or(file.page_cache_mb) {
                Some(mb) => usize::try_from(mb.saturating_mul(1024 * 1024)).unwrap_or(usize::MAX),
                None => hansa_web::WebConfig::DEFAULT_PAGE_CACHE_BYTES,
            },
        })
    }

    /// The database URL with any password hidden, for messages.
    pub fn database_label(&self) -> String {
        match self.database_url.split_once('@') {
            Some((scheme_user, host)) if scheme_user.contains("://") => {
                let (scheme, user) = scheme_user.split_once("://").unwrap_or(("", scheme_user));
                format!("{scheme}://{}@{host}", user.split(':').next().unwrap_or(""))
            }
            _ => self.database_url.clone(),
        }
    }

    pub async fn open_store(&self) -> anyhow::Result<hansa_store::SqlStore> {
        if self.database_url.starts_with("sqlite:") {
            std::fs::create_dir_all(&self.data_dir).with_context(|| format!("creating {}", self.data_dir.display()))?;
        }
        hansa_store::SqlStore::connect(&self.database_url)
            .await
            .with_context(|| format!("opening {}", self.database_label()))
    }
}

/// Logs go to stderr; `HANSA_LOG=debug` or `RUST_LOG` tunes them, `HANSA_LOG_FORMAT=json`
/// makes them machine-readable.
pub fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("HANSA_LOG")
        .or_else(|_| EnvFilter::try_from_default_env())
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if env("HANSA_LOG_FORMAT").as_deref() == Some("json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_schemes_are_refused_and_passwords_hidden() {
        let args = GlobalArgs { database_url: Some("mysql://x".into()), ..Default::default() };
        assert!(Config::load(&args).unwrap_err().to_string().contains("unsupported database URL scheme"));
        let args = GlobalArgs { database_url: Some("postgres://hansa:secret@db/hansa".into()), ..Default::default() };
        let c = Config::load(&args).unwrap();
        assert_eq!(c.database_label(), "postgres://hansa@db/hansa");
        let c = Config::load(&GlobalArgs { data_dir: Some("/tmp/x".into()), ..Default::default() }).unwrap();
        assert_eq!(c.database_url, "sqlite:///tmp/x/hansa.db");
        assert_eq!(c.page_cache_bytes, 64 * 1024 * 1024, "64 MiB of kept pages unless told");
    }

    #[test]
    fn page_cache_size_from_the_file() {
        let path = std::env::temp_dir().join(format!("hansa-config-test-{}.toml", std::process::id()));
        std::fs::write(&path, "page_cache_mb = 3\n").unwrap();
        let c = Config::load(&GlobalArgs { config: Some(path.clone()), ..Default::default() });
        std::fs::remove_file(&path).unwrap();
        assert_eq!(c.unwrap().page_cache_bytes, 3 * 1024 * 1024);
    }
}
