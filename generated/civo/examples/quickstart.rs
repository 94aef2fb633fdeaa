//! Calls the API once with credentials from the environment and prints the result.
//!
//! Set `CIVO_BASE_URL` to use another server (default `https://api.civo.com`), e.g. a test server.
//! Run with `cargo run -p civo --example civo-quickstart`.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("CIVO_TOKEN")?;
    let auth = civo::auth::BearerToken::new(token)?;
    let mut builder = civo::Client::builder().auth(auth);
    if let Ok(url) = std::env::var("CIVO_BASE_URL") {
        builder = builder.base_url(url);
    }
    let client = builder.build()?;
    let result = client.regions().list().send().await?;
    println!("{result:#?}");
    Ok(())
}
