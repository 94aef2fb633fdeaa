//! Calls the API once with credentials from the environment and prints the result.
//!
//! Set `DOCKER_CLOUD_BASE_URL` to use another server (default `https://cloud.docker.com`), e.g. a test server.
//! Run with `cargo run -p docker-cloud --example docker-cloud-quickstart`.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let auth = docker_cloud::auth::BasicAuth::from_env()?;
    let mut builder = docker_cloud::Client::builder().auth(auth);
    if let Ok(url) = std::env::var("DOCKER_CLOUD_BASE_URL") {
        builder = builder.base_url(url);
    }
    let client = builder.build()?;
    let result = client.actions().list().send().await?;
    println!("{result:#?}");
    Ok(())
}
