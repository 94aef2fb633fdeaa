//! Each provider crate used the way its README shows, against a loopback server: a client from
//! `Client::from_env`'s variables (read through `builder_from_env`, pointed at the server by the
//! base-URL variable), functions returning `<crate>::Error` through `?`, a spawned call, a
//! stream kept in a struct, per-call options, and the error's accessors.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use cloudsdk_testkit::{Request, Response, Server, oauth1};
use serde_json::json;

/// Variable lookup for `builder_from_env`, as the process environment would answer.
fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + use<> {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    move |name| map.get(name).cloned()
}

mod civo_usage {
    use civo::types::Instance;
    use civo::{CallOptions, Client, Error, ItemStream, StreamExt};

    use super::*;

    const KEY: &str = "civo-key-1";

    fn instance(id: &str) -> serde_json::Value {
        json!({"id": id, "hostname": format!("{id}.example.com"), "size": "g3.small", "region": "LON1", "status": "ACTIVE"})
    }

    fn civo(req: &Request) -> Response {
        if req.header("authorization") != Some(&format!("Bearer {KEY}")) {
            return Response::json(401, json!({"code": "authentication_failed"}));
        }
        let page = |n: u64, items| {
            Response::json(
                200,
                json!({"page": n, "per_page": 2, "pages": 2, "items": items}),
            )
        };
        match (req.method.as_str(), req.path(), req.query()) {
            ("GET", "/v2/regions", _) => Response::json(
                200,
                json!([{"code": "LON1", "name": "London 1", "default": true}]),
            ),
            ("GET", "/v2/instances", "page=2") => page(2, json!([instance("i-3")])),
            ("GET", "/v2/instances", _) => page(1, json!([instance("i-1"), instance("i-2")])),
            ("DELETE", "/v2/instances/locked", _) => Response::json(
                403,
                json!({"code": "forbidden", "reason": "instance is protected"}),
            )
            .header("x-request-id", "req-42"),
            _ => Response::text(404, "The page you were looking for doesn't exist."),
        }
    }

    /// A stream kept in a struct, read later.
    struct Inventory {
        instances: ItemStream<Instance>,
    }

    impl Inventory {
        async fn hostnames(&mut self) -> Result<Vec<String>, Error> {
            let mut names = Vec::new();
            while let Some(instance) = self.instances.next().await {
                names.push(instance?.hostname.unwrap_or_default());
            }
            Ok(names)
        }
    }

    /// The README's tour: `?` into `civo::Error` from every call.
    async fn tour(client: &Client) -> Result<(usize, Vec<String>), Error> {
        let regions = tokio::spawn(client.regions().list().send());
        let regions = regions.await.expect("the task ran")?;
        let mut inventory = Inventory {
            instances: client.instances().list().stream(),
        };
        Ok((regions.len(), inventory.hostnames().await?))
    }

    #[tokio::test]
    async fn civo_as_its_readme_shows() {
        let server = Server::start(civo).await.expect("server starts");
        let lookup = vars(&[("CIVO_TOKEN", KEY), ("CIVO_BASE_URL", &server.url())]);
        let client = Client::builder_from_env(lookup)
            .expect("CIVO_TOKEN is set")
            .build()
            .expect("client builds");
        let (regions, hostnames) = tour(&client).await.expect("the tour succeeds");
        assert_eq!(regions, 1);
        assert_eq!(
            hostnames,
            ["i-1.example.com", "i-2.example.com", "i-3.example.com"]
        );

        let traced = client.with_options(CallOptions::new().header("x-trace", "usage"));
        let error = traced
            .instances()
            .delete("locked")
            .send()
            .await
            .expect_err("403");
        assert_eq!(
            server.requests().last().and_then(|r| r.header("x-trace")),
            Some("usage")
        );
        assert_eq!(error.status().map(|s| s.as_u16()), Some(403));
        assert_eq!(error.code().as_deref(), Some("forbidden"));
        assert_eq!(error.message(), Some("instance is protected"));
        assert_eq!(error.request_id(), Some("req-42"));
        assert!(!error.is_not_found() && !error.is_retryable());
        let missing = client
            .instances()
            .get("i-404")
            .send()
            .await
            .expect_err("404");
        assert!(missing.is_not_found(), "{missing:?}");
    }

    #[tokio::test]
    async fn civo_from_env_names_what_is_missing() {
        let error = Client::builder_from_env(vars(&[])).expect_err("nothing set");
        let shown = format!("{error:?}");
        assert!(shown.contains("set CIVO_TOKEN"), "{shown}");
    }
}

mod clever_cloud_usage {
    use clever_cloud::{Client, Error};

    use super::*;

    const CONSUMER_SECRET: &str = "consumer-secret";
    const TOKEN_SECRET: &str = "token-secret";

    /// Bearer API tokens (the API bridge) and OAuth 1.0a signatures, checked as Clever does.
    fn clever(req: &Request) -> Response {
        let bearer = req
            .header("authorization")
            .and_then(|a| a.strip_prefix("Bearer "));
        let signed = match bearer {
            Some(token) => token == "api-token-1",
            None => oauth1::verify(req, CONSUMER_SECRET, TOKEN_SECRET, None).is_ok(),
        };
        if !signed {
            return Response::json(
                401,
                json!({"id": 401, "message": "bad credentials", "type": "error"}),
            );
        }
        match (req.method.as_str(), req.path()) {
            ("GET", "/v2/self") => Response::json(
                200,
                json!({"id": "user_1", "email": "ada@example.com", "name": "Ada"}),
            ),
            _ => Response::json(
                404,
                json!({"id": 4004, "message": "Not Found", "type": "error"}),
            ),
        }
    }

    async fn whoami(client: &Client) -> Result<Option<String>, Error> {
        let me = tokio::spawn(client.self_().get().send())
            .await
            .expect("the task ran")?;
        Ok(me.email)
    }

    #[tokio::test]
    async fn clever_cloud_as_its_readme_shows() {
        let server = Server::start(clever).await.expect("server starts");
        let base = server.url();
        // An API token alone: the bridge, here the loopback server through the base-URL variable.
        let token = vars(&[
            ("CLEVER_API_TOKEN", "api-token-1"),
            ("CLEVER_CLOUD_BASE_URL", &base),
        ]);
        let client = Client::builder_from_env(token)
            .expect("token")
            .build()
            .expect("client");
        assert_eq!(
            whoami(&client).await.expect("bearer call").as_deref(),
            Some("ada@example.com")
        );
        // OAuth 1.0a from the four variables, which win when they are all set.
        let signed = vars(&[
            ("CLEVER_CONSUMER_KEY", "consumer-key"),
            ("CLEVER_CONSUMER_SECRET", CONSUMER_SECRET),
            ("CLEVER_TOKEN", "user-token"),
            ("CLEVER_SECRET", TOKEN_SECRET),
            ("CLEVER_API_TOKEN", "api-token-1"),
            ("CLEVER_CLOUD_BASE_URL", &base),
        ]);
        let client = Client::builder_from_env(signed)
            .expect("oauth1")
            .build()
            .expect("client");
        assert_eq!(
            whoami(&client).await.expect("signed call").as_deref(),
            Some("ada@example.com")
        );
        let sent = server.requests().pop().expect("a request");
        assert!(
            sent.header("authorization")
                .is_some_and(|a| a.starts_with("OAuth "))
        );

        let error: Error = client
            .organisations()
            .get("orga_x")
            .send()
            .await
            .expect_err("404");
        assert!(error.is_not_found());
        assert_eq!(error.code().as_deref(), Some("4004"));
        assert_eq!(error.message(), Some("Not Found"));
    }

    #[test]
    fn without_an_api_token_the_bridge_is_used() {
        let client = Client::builder_from_env(vars(&[("CLEVER_API_TOKEN", "api-token-1")]))
            .expect("token")
            .build()
            .expect("client");
        assert_eq!(client.raw().base_url(), Client::API_TOKEN_BASE_URL);
    }
}

mod docker_cloud_usage {
    use docker_cloud::types::Service;
    use docker_cloud::uuid::Uuid;
    use docker_cloud::{Client, Error, ItemStream, TryStreamExt};

    use super::*;

    // Docker Cloud names objects by UUID (`format: uuid`): the client takes and returns `Uuid`s.
    const S1: &str = "0c5a9d3e-7b21-4f6a-9e8d-3c2b1a0f9e01";
    const S2: &str = "0c5a9d3e-7b21-4f6a-9e8d-3c2b1a0f9e02";
    const MISSING: &str = "0c5a9d3e-7b21-4f6a-9e8d-3c2b1a0f9e99";

    fn service(uuid: &str) -> serde_json::Value {
        json!({"uuid": uuid, "resource_uri": format!("/api/app/v1/service/{uuid}/"), "name": "web", "state": "Running"})
    }

    fn docker(req: &Request) -> Response {
        // base64("alice:apikey-1")
        if req.header("authorization") != Some("Basic YWxpY2U6YXBpa2V5LTE=") {
            return Response::json(401, json!({"error": "Unauthorized"}));
        }
        let meta = |next: serde_json::Value| json!({"limit": 1, "next": next, "offset": 0, "previous": null, "total_count": 2});
        match (req.path(), req.query()) {
            ("/api/app/v1/service/", "") => Response::json(
                200,
                json!({"meta": meta(json!("/api/app/v1/service/?offset=1")), "objects": [service(S1)]}),
            ),
            ("/api/app/v1/service/", "offset=1") => Response::json(
                200,
                json!({"meta": meta(json!(null)), "objects": [service(S2)]}),
            ),
            _ => Response::json(404, json!({"error": "Not found"})),
        }
    }

    struct Services {
        pages: ItemStream<Service>,
    }

    async fn all(client: Client) -> Result<Vec<Service>, Error> {
        let services = Services {
            pages: client.services().list().stream(),
        };
        // Spawned: the stream owns its client.
        tokio::spawn(services.pages.try_collect())
            .await
            .expect("the task ran")
    }

    #[tokio::test]
    async fn docker_cloud_as_its_readme_shows() {
        let server = Server::start(docker).await.expect("server starts");
        let lookup = vars(&[
            ("DOCKERCLOUD_USER", "alice"),
            ("DOCKERCLOUD_APIKEY", "apikey-1"),
            ("DOCKER_CLOUD_BASE_URL", &server.url()),
        ]);
        let client = Client::builder_from_env(lookup)
            .expect("credentials")
            .build()
            .expect("client");
        let services = all(client.clone()).await.expect("two pages");
        let uuids: Vec<String> = services.iter().map(|s| s.uuid.to_string()).collect();
        assert_eq!(uuids, [S1, S2]);
        let error = client
            .services()
            .get(MISSING.parse::<Uuid>().expect("a UUID"))
            .send()
            .await
            .expect_err("404");
        assert!(error.is_not_found());
        assert_eq!(error.message(), Some("Not found"));
    }
}

mod camunda_cloud_usage {
    use camunda_cloud::uuid::Uuid;
    use camunda_cloud::{Client, Error};

    use super::*;

    // Camunda names clusters by UUID (`format: uuid`).
    const C1: &str = "9b6e2d4a-1c3f-4a5b-8d7e-0f1a2b3c4d01";
    const C2: &str = "9b6e2d4a-1c3f-4a5b-8d7e-0f1a2b3c4d02";
    const MISSING: &str = "9b6e2d4a-1c3f-4a5b-8d7e-0f1a2b3c4d99";

    fn cluster(uuid: &str) -> serde_json::Value {
        json!({
            "uuid": uuid, "name": "order-processing", "ownerId": "owner-1", "created": "2024-05-01T10:00:00Z",
            "planType": {"uuid": "plan-1", "name": "Basic"}, "region": {"uuid": "region-1", "name": "Belgium"},
            "generation": {"uuid": "gen-1", "name": "Camunda 8.5"}, "channel": {"uuid": "chan-1", "name": "Stable"},
            "autoUpdate": true, "status": {"ready": "Healthy"}, "links": {"zeebe": "x.bru-2.zeebe.camunda.io:443"}
        })
    }

    /// Camunda's console API behind a client-credentials token endpoint (Auth0, which takes the
    /// grant as a form or as JSON) that checks the audience.
    fn camunda(tokens: Arc<AtomicUsize>) -> impl Fn(&Request) -> Response + Send + Sync + 'static {
        move |req: &Request| {
            if req.path() == "/oauth/token" {
                tokens.fetch_add(1, Ordering::SeqCst);
                let form = req.text();
                let ok = [
                    "grant_type=client_credentials",
                    "client_id=console-id",
                    "audience=api.cloud.camunda.io",
                ]
                .iter()
                .all(|part| form.contains(part));
                return if ok {
                    Response::json(
                        200,
                        json!({"access_token": "t-1", "expires_in": 3600, "token_type": "Bearer"}),
                    )
                } else {
                    Response::json(401, json!({"error": "access_denied"}))
                };
            }
            if req.header("authorization") != Some("Bearer t-1") {
                return Response::text(401, "Unauthorized");
            }
            match req.path() {
                "/clusters" => Response::json(200, json!([cluster(C1), cluster(C2)])),
                path if path == format!("/clusters/{C1}") => Response::json(200, cluster(C1)),
                _ => Response::json(404, json!({"message": "cluster not found"})),
            }
        }
    }

    /// The root README's example, returning `camunda_cloud::Error`.
    async fn readme(client: &Client) -> Result<String, Error> {
        let clusters = client.clusters().list().send().await?;
        let first = clusters.first().expect("a cluster");
        let cluster = client.clusters().get(first.uuid).send().await?;
        Ok(cluster.name)
    }

    #[tokio::test]
    async fn camunda_cloud_as_the_readme_shows() {
        let tokens = Arc::new(AtomicUsize::new(0));
        let server = Server::start(camunda(tokens.clone()))
            .await
            .expect("server starts");
        let base = server.url();
        let token_url = format!("{base}/oauth/token");
        let lookup = vars(&[
            ("CAMUNDA_CONSOLE_CLIENT_ID", "console-id"),
            ("CAMUNDA_CONSOLE_CLIENT_SECRET", "console-secret"),
            ("CAMUNDA_OAUTH_URL", &token_url),
            ("CAMUNDA_CONSOLE_BASE_URL", &base),
        ]);
        let client = Client::builder_from_env(lookup)
            .expect("credentials")
            .build()
            .expect("client");
        assert_eq!(
            readme(&client).await.expect("the README's calls"),
            "order-processing"
        );
        let missing: Uuid = MISSING.parse().expect("a UUID");
        let spawned = tokio::spawn(client.clusters().get(missing).send());
        let error = spawned.await.expect("the task ran").expect_err("404");
        assert!(error.is_not_found());
        assert_eq!(error.message(), Some("cluster not found"));
        assert_eq!(tokens.load(Ordering::SeqCst), 1, "one token for every call");
    }
}
