//! Generated types that hold credentials show `[redacted]` for them in `Debug` (the generator's
//! `Field::sensitive`), and every other field as the derived `Debug` would.

const SECRET: &str = "hunter2-must-not-show";

#[test]
fn credentials_are_redacted_in_debug() {
    let repository = docker_cloud::types::RepositoryCreate::new("registry.example.com/app")
        .with_username("ada")
        .with_password(SECRET);
    assert_eq!(
        format!("{repository:?}"),
        r#"RepositoryCreate { name: "registry.example.com/app", username: Some("ada"), password: [redacted] }"#
    );
    let shown = format!("{repository:#?}");
    assert!(
        !shown.contains(SECRET) && shown.contains("\"ada\""),
        "{shown}"
    );

    let client: camunda_cloud::types::CreatedZeebeClient = serde_json::from_value(serde_json::json!({
        "name": "ci", "uuid": "u-1", "clientId": "id-1", "clientSecret": SECRET, "permissions": []
    }))
    .expect("decodes");
    assert_eq!(client.client_secret, SECRET);
    let shown = format!("{client:?}");
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(
        shown.contains("client_secret: [redacted]") && shown.contains("\"id-1\""),
        "{shown}"
    );
}

#[test]
fn fields_that_only_mention_a_secret_are_shown() {
    let token: clever_cloud::types::TardisToken = serde_json::from_value(serde_json::json!({
        "addon_id": "a", "creation_date": "2024-05-01T10:00:00Z", "expiration_date": "2024-06-01T10:00:00Z",
        "senx_application_id": "s", "token": SECRET, "tokenType": {"read": true},
        "token_id": "visible-id", "ttl": "1h"
    }))
    .expect("decodes");
    let shown = format!("{token:?}");
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(shown.contains("token_id: \"visible-id\""), "{shown}");
    assert!(
        shown.contains("token_type: {\"read\": Bool(true)}"),
        "{shown}"
    );
}
