//! Calls the API once with credentials from the environment and prints the result.
//!
//! `Client::from_env()` reads `CAMUNDA_CONSOLE_CLIENT_ID` and `CAMUNDA_CONSOLE_CLIENT_SECRET` (`camundaOAuth`; `CAMUNDA_OAUTH_URL` overrides the token URL; `CAMUNDA_CONSOLE_OAUTH_AUDIENCE` overrides the audience).
//! Set `CAMUNDA_CONSOLE_BASE_URL` to use another server, e.g. a test server.
//! Run with `cargo run -p camunda-cloud --example camunda-cloud-quickstart`.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), camunda_cloud::Error> {
    let client = camunda_cloud::Client::from_env()?;
    let result = client.clusters().list().send().await?;
    println!("{result:#?}");
    Ok(())
}
