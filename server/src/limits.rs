//! Rate limits per client address on the forms anyone can send: login, registration, the
//! schools' access request, the barrier report, password change — and every other write of
//! a visitor who is not logged in. A client over its limit gets 429 with `Retry-After`
//! before anything runs (no hashing, no session row); `resilience::unavailable_page` turns
//! that into the translated page that keeps what was typed.
//!
//! Limits are token buckets (GCRA, the `governor` crate): a burst, then one more request
//! every interval. They are per process; the login throttle per account
//! (`app::domain::throttle`) is in the database and shared by all processes.

use app::context::RequestCtx;
use axum::{
    extract::{ConnectInfo, Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter, clock::Clock};
use std::{
    net::{IpAddr, Ipv6Addr, SocketAddr},
    num::NonZeroU32,
    sync::{Arc, Weak},
    time::Duration,
};

/// A burst of `burst` requests, then one more every `every`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub burst: u32,
    pub every: Duration,
}

impl Limit {
    /// A burst of `burst`, then one more every `every_seconds`.
    pub const fn new(burst: u32, every_seconds: u64) -> Limit {
        Limit {
            burst,
            every: Duration::from_secs(every_seconds),
        }
    }
}

/// The limits per client address. The defaults leave room for a shelter's or a school's
/// shared connection (many families behind one address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    /// Login attempts: 30, then one every 2 s.
    pub login: Limit,
    /// Registrations: 20, then one every 3 min.
    pub register: Limit,
    /// Access requests of schools: 5, then one every 10 min.
    pub access_request: Limit,
    /// Barrier reports: 10, then one a minute.
    pub feedback: Limit,
    /// Password changes: 10, then one a minute.
    pub change_password: Limit,
    /// Any other write without a logged-in user: 60, then one a second.
    pub anonymous_write: Limit,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            login: Limit::new(30, 2),
            register: Limit::new(20, 180),
            access_request: Limit::new(5, 600),
            feedback: Limit::new(10, 60),
            change_password: Limit::new(10, 60),
            anonymous_write: Limit::new(60, 1),
        }
    }
}

/// What a request is counted as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Login,
    Register,
    AccessRequest,
    Feedback,
    ChangePassword,
    AnonymousWrite,
}

impl Class {
    /// The class of a request to `path`; `None` for reads and for other writes of a
    /// logged-in user.
    fn of(method: &Method, path: &str, anonymous: bool) -> Option<Class> {
        if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
            return None;
        }
        match path {
            "/api/login" => Some(Class::Login),
            "/api/register" => Some(Class::Register),
            "/api/school/request" => Some(Class::AccessRequest),
            "/api/feedback/send" => Some(Class::Feedback),
            "/api/change-password" => Some(Class::ChangePassword),
            _ => anonymous.then_some(Class::AnonymousWrite),
        }
    }
}

/// One keyed limiter per class, keyed by client address.
pub struct Limiters {
    classes: Vec<(Class, DefaultKeyedRateLimiter<String>)>,
}

impl Limiters {
    /// The limiters of `limits`. A task forgets idle addresses every ten minutes while
    /// the limiters live.
    pub fn start(limits: RateLimits) -> Arc<Limiters> {
        let quota = |l: Limit| {
            let burst = NonZeroU32::new(l.burst.max(1)).unwrap_or(NonZeroU32::MIN);
            Quota::with_period(l.every.max(Duration::from_millis(1)))
                .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
                .allow_burst(burst)
        };
        let classes = [
            (Class::Login, limits.login),
            (Class::Register, limits.register),
            (Class::AccessRequest, limits.access_request),
            (Class::Feedback, limits.feedback),
            (Class::ChangePassword, limits.change_password),
            (Class::AnonymousWrite, limits.anonymous_write),
        ]
        .into_iter()
        .map(|(class, limit)| (class, RateLimiter::keyed(quota(limit))))
        .collect();
        let limiters = Arc::new(Limiters { classes });
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::spawn(forget_idle(Arc::downgrade(&limiters)));
        }
        limiters
    }

    /// `None` if `client` may send a request of `class` now, else how long it must wait.
    fn check(&self, class: Class, client: &str) -> Option<Duration> {
        let (_, limiter) = self.classes.iter().find(|(c, _)| *c == class)?;
        let key = client.to_string();
        limiter.check_key(&key).err().map(|not_until| {
            not_until.wait_time_from(governor::clock::DefaultClock::default().now())
        })
    }
}

async fn forget_idle(limiters: Weak<Limiters>) {
    let mut interval = tokio::time::interval(Duration::from_secs(600));
    loop {
        interval.tick().await;
        let Some(limiters) = limiters.upgrade() else {
            return;
        };
        for (_, limiter) in &limiters.classes {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

/// Refuses a request over its client's limit with a bare 429 and `Retry-After` (seconds).
/// Runs after `request::request_context`, whose [`RequestCtx`] says who is asking and
/// from where.
pub async fn rate_limit(
    State(limiters): State<Arc<Limiters>>,
    req: Request,
    next: Next,
) -> Response {
    let (anonymous, client) = req
        .extensions()
        .get::<RequestCtx>()
        .map(|ctx| (ctx.user.is_none(), ctx.client.clone()))
        .unwrap_or((true, String::new()));
    let Some(class) = Class::of(req.method(), req.uri().path(), anonymous) else {
        return next.run(req).await;
    };
    match limiters.check(class, &client) {
        None => next.run(req).await,
        Some(wait) => {
            tracing::info!(?class, %client, "rate limit reached");
            let seconds = wait.as_secs() + 1;
            let mut res = StatusCode::TOO_MANY_REQUESTS.into_response();
            if let Ok(v) = HeaderValue::from_str(&seconds.to_string()) {
                res.headers_mut().insert(header::RETRY_AFTER, v);
            }
            res
        }
    }
}

/// The address a request comes from, as limits count it: the connection's peer, or —
/// behind a reverse proxy that is trusted (`trust_forwarded_for`) — the last address of
/// `X-Forwarded-For`, which that proxy appended. Empty if unknown.
pub fn client_address(
    headers: &HeaderMap,
    peer: Option<&ConnectInfo<SocketAddr>>,
    trust_forwarded_for: bool,
) -> String {
    let forwarded = trust_forwarded_for
        .then(|| {
            headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|a| a.trim().parse::<IpAddr>().ok())
                .next_back()
        })
        .flatten();
    forwarded
        .or(peer.map(|ConnectInfo(addr)| addr.ip()))
        .map(client_key)
        .unwrap_or_default()
}

/// An address as limits count it: IPv4 as it is, IPv6 by its /64 network (one household's
/// or one attacker's connection usually has a whole /64).
fn client_key(addr: IpAddr) -> String {
    match addr {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                let net = Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
                format!("{net}/64")
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forwarded(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        h
    }

    #[test]
    fn ipv6_addresses_count_by_their_network() {
        assert_eq!(
            client_key("2001:db8:1:2:aaaa::1".parse().unwrap()),
            "2001:db8:1:2::/64"
        );
        assert_eq!(
            client_key("::ffff:203.0.113.7".parse().unwrap()),
            "203.0.113.7"
        );
        assert_eq!(client_key("203.0.113.7".parse().unwrap()), "203.0.113.7");
    }

    #[test]
    fn forwarded_for_counts_only_behind_a_trusted_proxy() {
        let peer = ConnectInfo("127.0.0.1:5000".parse::<SocketAddr>().unwrap());
        let headers = forwarded("198.51.100.1, 203.0.113.7");
        // The last entry is the one the proxy appended; the first is whatever the client said.
        assert_eq!(client_address(&headers, Some(&peer), true), "203.0.113.7");
        assert_eq!(client_address(&headers, Some(&peer), false), "127.0.0.1");
        assert_eq!(
            client_address(&forwarded("junk"), Some(&peer), true),
            "127.0.0.1"
        );
        assert_eq!(client_address(&HeaderMap::new(), None, false), "");
    }

    #[test]
    fn the_forms_anyone_can_send_have_their_own_limits() {
        assert_eq!(
            Class::of(&Method::POST, "/api/login", false),
            Some(Class::Login)
        );
        assert_eq!(
            Class::of(&Method::POST, "/api/child/save", true),
            Some(Class::AnonymousWrite)
        );
        assert_eq!(Class::of(&Method::POST, "/api/child/save", false), None);
        assert_eq!(Class::of(&Method::GET, "/api/login", true), None);
    }

    #[tokio::test]
    async fn a_client_over_its_burst_waits_and_others_do_not() {
        let limiters = Limiters::start(RateLimits {
            login: Limit::new(2, 60),
            ..RateLimits::default()
        });
        assert_eq!(limiters.check(Class::Login, "a"), None);
        assert_eq!(limiters.check(Class::Login, "a"), None);
        let wait = limiters.check(Class::Login, "a").expect("third waits");
        assert!(wait > Duration::from_secs(50) && wait <= Duration::from_secs(60));
        assert_eq!(limiters.check(Class::Login, "b"), None);
        assert_eq!(limiters.check(Class::Register, "a"), None);
    }
}
