//! Who the client is, for sign-in throttling. Behind a load balancer the TCP peer is the
//! proxy, and `X-Forwarded-For` names the client — but anyone can send that header, so it is
//! read only when the peer is a proxy we were told to trust, and then from the right: each
//! trusted proxy appends the address it saw, so the rightmost address that is not one of
//! ours is the last one nobody could forge.

use std::net::IpAddr;
use std::str::FromStr;

/// A trusted proxy: one address (`10.0.0.5`, `fd00::1`) or a network (`10.0.0.0/24`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrustedProxy {
    net: IpAddr,
    prefix: u8,
}

impl TrustedProxy {
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.net, ip.to_canonical()) {
            (IpAddr::V4(n), IpAddr::V4(a)) => masked(n.to_bits().into(), a.to_bits().into(), 32, self.prefix),
            (IpAddr::V6(n), IpAddr::V6(a)) => masked(n.to_bits(), a.to_bits(), 128, self.prefix),
            _ => false,
        }
    }
}

/// Whether `a` lies in `net/prefix`, for addresses `width` bits wide.
fn masked(net: u128, a: u128, width: u8, prefix: u8) -> bool {
    let host_bits = u32::from(width - prefix);
    (net ^ a).checked_shr(host_bits).unwrap_or(0) == 0
}

impl FromStr for TrustedProxy {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let bad = || format!("{s:?} is not an IP address or network (such as 10.0.0.5 or 10.0.0.0/24)");
        let (addr, prefix) = s.split_once('/').map_or((s, None), |(a, p)| (a, Some(p)));
        let net = addr.parse::<IpAddr>().map_err(|_| bad())?.to_canonical();
        let width = if net.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => width,
            Some(p) => p.parse::<u8>().ok().filter(|p| *p <= width).ok_or_else(bad)?,
        };
        Ok(TrustedProxy { net, prefix })
    }
}

/// Reads one `X-Forwarded-For` entry. Most proxies write a bare address; some add a port
/// (`1.2.3.4:5678`, `[2001:db8::1]:443`).
fn entry(s: &str) -> Option<IpAddr> {
    let s = s.trim();
    s.parse::<IpAddr>()
        .ok()
        .or_else(|| s.parse::<std::net::SocketAddr>().ok().map(|a| a.ip()))
        .map(|ip| ip.to_canonical())
}

/// The client's address: the TCP peer, unless the peer is a trusted proxy — then the
/// rightmost `X-Forwarded-For` address that is not a trusted proxy. `forwarded` holds the
/// header values in the order they arrived. An entry that is not an address stops the walk
/// at the hop that wrote it: we cannot tell who is behind it, so we keep that hop.
pub fn client_address<'a>(
    peer: Option<IpAddr>,
    forwarded: impl IntoIterator<Item = &'a str>,
    trusted: &[TrustedProxy],
) -> Option<IpAddr> {
    let peer = peer.map(|p| p.to_canonical());
    let is_trusted = |ip: IpAddr| trusted.iter().any(|t| t.contains(ip));
    let mut client = peer?;
    if !is_trusted(client) {
        return Some(client);
    }
    let hops: Vec<&str> = forwarded.into_iter().flat_map(|v| v.split(',')).collect();
    for hop in hops.iter().rev() {
        let Some(ip) = entry(hop) else { break };
        client = ip;
        if !is_trusted(ip) {
            break;
        }
    }
    Some(client)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    fn list(s: &[&str]) -> Vec<TrustedProxy> {
        s.iter().map(|p| p.parse().unwrap()).collect()
    }

    #[test]
    fn untrusted_peers_cannot_name_another_client() {
        let none = list(&[]);
        assert_eq!(client_address(ip("203.0.113.9"), ["1.1.1.1"], &none), ip("203.0.113.9"));
        let proxies = list(&["10.0.0.5"]);
        assert_eq!(client_address(ip("203.0.113.9"), ["1.1.1.1"], &proxies), ip("203.0.113.9"));
        assert_eq!(client_address(None, ["1.1.1.1"], &proxies), None);
    }

    #[test]
    fn behind_trusted_proxies_the_rightmost_untrusted_address_is_the_client() {
        let proxies = list(&["10.0.0.5", "10.0.1.0/24"]);
        // The client forged "6.6.6.6"; the outer proxy appended what it saw, the inner one its peer.
        let xff = ["6.6.6.6, 198.51.100.7", "10.0.1.20"];
        assert_eq!(client_address(ip("10.0.0.5"), xff, &proxies), ip("198.51.100.7"));
        assert_eq!(client_address(ip("10.0.0.5"), ["198.51.100.7:5555"], &proxies), ip("198.51.100.7"));
        assert_eq!(client_address(ip("10.0.0.5"), ["[2001:db8::7]:443"], &proxies), ip("2001:db8::7"));
        // No header: the proxy itself is all we know.
        assert_eq!(client_address(ip("10.0.0.5"), [], &proxies), ip("10.0.0.5"));
        // Garbage stops the walk at the trusted hop that passed it on.
        assert_eq!(client_address(ip("10.0.0.5"), ["1.2.3.4, unknown, 10.0.1.9"], &proxies), ip("10.0.1.9"));
        // Only trusted hops: the earliest of them sent the request.
        assert_eq!(client_address(ip("10.0.0.5"), ["10.0.1.3, 10.0.1.4"], &proxies), ip("10.0.1.3"));
    }

    #[test]
    fn proxies_parse_as_addresses_or_networks() {
        let p: TrustedProxy = "10.0.0.0/24".parse().unwrap();
        assert!(p.contains("10.0.0.255".parse().unwrap()) && !p.contains("10.0.1.0".parse().unwrap()));
        assert!(p.contains("::ffff:10.0.0.1".parse().unwrap()), "IPv4-mapped peers match IPv4 entries");
        let one: TrustedProxy = "fd00::1".parse().unwrap();
        assert!(one.contains("fd00::1".parse().unwrap()) && !one.contains("fd00::2".parse().unwrap()));
        let all: TrustedProxy = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains("8.8.8.8".parse().unwrap()) && !all.contains("::1".parse().unwrap()));
        for bad in ["", "10.0.0", "10.0.0.0/33", "example.org", "10.0.0.0/x"] {
            assert!(bad.parse::<TrustedProxy>().is_err(), "{bad}");
        }
    }
}
