//! A user's program outside the cloudsdk workspace: it depends on the four provider crates by
//! version (`cargo xtask outside` writes its `Cargo.toml`) and uses each the way its README
//! shows. Credentials and base URLs come from the environment, as `Client::from_env()` reads
//! them; `cargo xtask outside` points them at a server on 127.0.0.1.

mod with_camunda_cloud;
mod with_civo;
mod with_clever_cloud;
mod with_docker_cloud;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Each provider's tour returns its crate's `Error`; `?` turns any of them into the box.
    println!("{}", with_civo::tour().await?);
    println!("{}", with_clever_cloud::tour().await?);
    println!("{}", with_docker_cloud::tour().await?);
    // A whole tour spawned: everything it holds is `Send + 'static`.
    println!("{}", tokio::spawn(with_camunda_cloud::tour()).await??);
    Ok(())
}
