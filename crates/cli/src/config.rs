//! Configuration: built-in defaults, then `hansa.toml` (or `--config`), then `HANSA_*`
//! environment variables, then command-line flags — each overriding the one before.

use std::path::PathBuf;

use anyhow::{Context, bail};
use hansa_web::client_addr::TrustedProxy;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub database_url: Option<String>,
    pub bind: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub secure_cookies: Option<bool>,
    /// The address readers use, such as `https://directory.example.org`.
    pub public_url: Option<String>,
    pub trusted_proxies: Option<Vec<String>>,
    /// Replaced by `trusted_proxies`; read only to say so.
    pub trust_proxy: Option<bool>,
    /// MiB of rendered public pages each server keeps in memory (0: none).
    pub page_cache_mb: Option<u64>,
    /// The mail relay the outbox sends through, such as `smtp://user:pass@host:587?tls=starttls`.
    pub smtp_url: Option<String>,
    /// The From address of messages, such as `Secretariat <secretariat@example.org>`.
    pub mail_from: Option<String>,
}

/// The settings a command runs with.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub bind: String,
    pub data_dir: PathBuf,
    pub public_url: Option<String>,
    pub secure_cookies: bool,
    pub trusted_proxies: Vec<TrustedProxy>,
    /// Bytes of rendered public pages kept in memory (0: none).
    pub page_cache_bytes: usize,
    /// Where messages go out; `None`: they wait in the outbox for staff to see.
    pub mail: Option<hansa_core::outbox::smtp::SmtpSettings>,
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
    /// Language of messages: en, ko, zh, ja, ru, mn [default: from LANG]
    #[arg(long, global = true)]
    pub lang: Option<String>,
    /// Mail relay: smtp://host:25, smtp://user:pass@host:587?tls=starttls or smtps://user:pass@host
    /// [default: none, messages wait at /staff/messages]
    // A password is better in HANSA_SMTP_URL or hansa.toml: a flag shows in the process list.
    #[arg(long, global = true)]
    pub smtp_url: Option<String>,
    /// From address of messages, e.g. "Secretariat <secretariat@example.org>" (needed with --smtp-url)
    #[arg(long, global = true)]
    pub mail_from: Option<String>,
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

/// Proxy addresses from the file's list or the environment's comma-separated one.
fn trusted_proxies(env_list: Option<String>, file_list: Option<Vec<String>>) -> anyhow::Result<Vec<TrustedProxy>> {
    let (source, list) = match env_list {
        Some(v) => ("HANSA_TRUSTED_PROXIES", v.split(',').map(str::to_owned).collect()),
        None => ("trusted_proxies", file_list.unwrap_or_default()),
    };
    list.iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.parse::<TrustedProxy>().map_err(|e| anyhow::anyhow!("{source}: {e}")))
        .collect()
}

fn public_url(url: Option<String>) -> anyhow::Result<Option<String>> {
    match url {
        Some(u) if !u.starts_with("https://") && !u.starts_with("http://") => {
            bail!("public_url {u:?} must start with https:// or http://")
        }
        u => Ok(u.map(|u| u.trim_end_matches('/').to_owned())),
    }
}

/// The relay and From address, checked now so a typo stops start-up instead of every message.
fn mail(url: Option<String>, from: Option<String>) -> anyhow::Result<Option<hansa_core::outbox::smtp::SmtpSettings>> {
    match (url, from) {
        (None, _) => Ok(None),
        (Some(_), None) => {
            bail!("smtp_url (HANSA_SMTP_URL, --smtp-url) needs mail_from (HANSA_MAIL_FROM, --mail-from) too")
        }
        (Some(url), Some(from)) => {
            hansa_core::outbox::smtp::SmtpSettings::parse(&url, &from).map(Some).map_err(anyhow::Error::msg)
        }
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
        hansa_core::db::Backend::of_url(&database_url).map_err(anyhow::Error::msg)?;
        // The old switch believed any peer's X-Forwarded-For; silently ignoring it would make
        // every client behind the proxy share one address, and so one sign-in limit.
        if file.trust_proxy.is_some() || env("HANSA_TRUST_PROXY").is_some() {
            bail!(
                "trust_proxy (HANSA_TRUST_PROXY) is gone: list your proxies' addresses instead, \
                 as trusted_proxies = [\"10.0.0.5\"] or HANSA_TRUSTED_PROXIES=10.0.0.5"
            );
        }
        let public_url = public_url(env("HANSA_PUBLIC_URL").or(file.public_url))?;
        let mail = mail(
            args.smtp_url.clone().or_else(|| env("HANSA_SMTP_URL")).or(file.smtp_url),
            args.mail_from.clone().or_else(|| env("HANSA_MAIL_FROM")).or(file.mail_from),
        )?;
        // Served over HTTPS, cookies are Secure unless the operator says otherwise.
        let https = public_url.as_deref().is_some_and(|u| u.starts_with("https://"));
        Ok(Config {
            database_url,
            bind: args
                .bind
                .clone()
                .or_else(|| env("HANSA_BIND"))
                .or(file.bind)
                .unwrap_or_else(|| "127.0.0.1:8080".into()),
            data_dir,
            secure_cookies: env_bool("HANSA_SECURE_COOKIES")?.or(file.secure_cookies).unwrap_or(https),
            trusted_proxies: trusted_proxies(env("HANSA_TRUSTED_PROXIES"), file.trusted_proxies)?,
            public_url,
            page_cache_bytes: match env_u64("HANSA_PAGE_CACHE_MB")?.or(file.page_cache_mb) {
                Some(mb) => usize::try_from(mb.saturating_mul(1024 * 1024)).unwrap_or(usize::MAX),
                None => hansa_web::WebConfig::DEFAULT_PAGE_CACHE_BYTES,
            },
            mail,
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

    pub async fn open_store(&self) -> anyhow::Result<hansa_core::db::SqlStore> {
        if self.database_url.starts_with("sqlite:") {
            std::fs::create_dir_all(&self.data_dir).with_context(|| format!("creating {}", self.data_dir.display()))?;
        }
        let store = hansa_core::db::SqlStore::connect(&self.database_url)
            .await
            .with_context(|| crate::say::t1("cli-opening", "detail", self.database_label()))?;
        // An install upgraded from before the search index gets its terms once.
        use hansa_directory::store::ImportStore;
        store.rebuild_search_terms(true).await?;
        Ok(store)
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

    /// Loads `toml` as the configuration file.
    fn with_file(name: &str, toml: &str) -> anyhow::Result<Config> {
        let path = std::env::temp_dir().join(format!("hansa-config-{}-{name}.toml", std::process::id()));
        std::fs::write(&path, toml).unwrap();
        let c = Config::load(&GlobalArgs { config: Some(path.clone()), ..Default::default() });
        std::fs::remove_file(path).unwrap();
        c
    }

    #[test]
    fn https_public_urls_make_cookies_secure_unless_told_otherwise() {
        assert!(!with_file("none", "").unwrap().secure_cookies);
        let c = with_file("https", "public_url = \"https://dir.example.org/\"").unwrap();
        assert!(c.secure_cookies);
        assert_eq!(c.public_url.as_deref(), Some("https://dir.example.org"));
        assert!(!with_file("http", "public_url = \"http://127.0.0.1:8080\"").unwrap().secure_cookies);
        let explicit = "public_url = \"https://dir.example.org\"\nsecure_cookies = false";
        assert!(!with_file("explicit", explicit).unwrap().secure_cookies);
        assert!(with_file("ftp", "public_url = \"dir.example.org\"").is_err());
    }

    #[test]
    fn mail_settings_from_the_file_checked_at_start_up() {
        assert!(with_file("no-mail", "").unwrap().mail.is_none(), "no relay: messages wait");
        let toml = "smtp_url = \"smtp://hansa:s3cret@mail.example.org?tls=starttls\"\nmail_from = \"Secretariat <sg@example.org>\"";
        let mail = with_file("mail", toml).unwrap().mail.unwrap();
        assert_eq!((mail.host.as_str(), mail.port), ("mail.example.org", 587));
        assert!(!mail.label().contains("s3cret"));
        let err = with_file("no-from", "smtp_url = \"smtp://127.0.0.1:2525\"").unwrap_err().to_string();
        assert!(err.contains("mail_from"), "{err}");
        let err =
            with_file("clear", "smtp_url = \"smtp://u:p@mail.example.org\"\nmail_from = \"a@b.org\"").unwrap_err();
        assert!(err.to_string().contains("tls=starttls"), "{err}");
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        let c = with_file("proxies", "trusted_proxies = [\"10.0.0.5\", \"10.0.1.0/24\"]").unwrap();
        assert_eq!(c.trusted_proxies, ["10.0.0.5".parse::<TrustedProxy>().unwrap(), "10.0.1.0/24".parse().unwrap()]);
        assert!(with_file("no-proxies", "").unwrap().trusted_proxies.is_empty());
        let err = with_file("bad-proxy", "trusted_proxies = [\"proxy.internal\"]").unwrap_err().to_string();
        assert!(err.contains("proxy.internal"), "{err}");
        let err = with_file("old", "trust_proxy = true").unwrap_err().to_string();
        assert!(err.contains("trusted_proxies"), "{err}");
        let env = trusted_proxies(Some("10.0.0.5, 10.0.0.6,".into()), Some(vec!["1.1.1.1".into()])).unwrap();
        assert_eq!(
            env,
            ["10.0.0.5".parse::<TrustedProxy>().unwrap(), "10.0.0.6".parse().unwrap()],
            "the environment wins"
        );
    }
}
