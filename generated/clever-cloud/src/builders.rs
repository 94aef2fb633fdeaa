//! Sub-clients (one per tag) and request builders (one per operation).
#![allow(clippy::too_many_arguments, clippy::needless_lifetimes)]
/// Environment variables of applications, and the ones add-ons and dependencies expose to them.
#[derive(Debug, Clone, Copy)]
pub struct EnvironmentApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> EnvironmentApi<'a> {
    /// Read an application's environment with a deployment token
    ///
    /// Authenticated by a deployment token passed in the `token` query parameter rather than by OAuth.
    ///
    /// `GET /v2/application/{appId}/environment` (`getApplicationEnvWithToken`)
    pub fn get_application_env_with_token(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::GetApplicationEnvWithToken<'_> {
        crate::builders::GetApplicationEnvWithToken {
            client: self.client,
            app_id: app_id.into(),
            token: None,
        }
    }
    /// Update an application's environment with a deployment token
    ///
    /// Authenticated by a deployment token passed in the `token` query parameter rather than by OAuth.
    ///
    /// `PUT /v2/application/{appId}/environment` (`updateApplicationEnvWithToken`)
    pub fn update_application_env_with_token(
        &self,
        app_id: impl Into<String>,
        body: crate::types::EnvironmentJson,
    ) -> crate::builders::UpdateApplicationEnvWithToken<'_> {
        crate::builders::UpdateApplicationEnvWithToken {
            client: self.client,
            app_id: app_id.into(),
            token: None,
            body: Some(body),
        }
    }
    /// List the environment variables an add-on exposes
    ///
    /// `GET /v2/organisations/{id}/addons/{addonId}/env` (`listOrganisationAddonEnv`)
    pub fn list_organisation_addon_env(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationAddonEnv<'_> {
        crate::builders::ListOrganisationAddonEnv {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// List the environment exposed to an application by its linked add-ons
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/addons/env` (`listOrganisationApplicationAddonsEnv`)
    pub fn list_organisation_application_addons_env(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationAddonsEnv<'_> {
        crate::builders::ListOrganisationApplicationAddonsEnv {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// List the environment exposed to an application by its dependencies
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/dependencies/env` (`listOrganisationApplicationDependenciesEnv`)
    pub fn list_organisation_application_dependencies_env(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationDependenciesEnv<'_> {
        crate::builders::ListOrganisationApplicationDependenciesEnv {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// List the environment variables of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/env` (`listOrganisationApplicationEnv`)
    pub fn list_organisation_application_env(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationEnv<'_> {
        crate::builders::ListOrganisationApplicationEnv {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Replace all environment variables of an application
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}/env` (`replaceOrganisationApplicationEnv`)
    pub fn replace_organisation_application_env(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        body: crate::types::EnvironmentJson,
    ) -> crate::builders::ReplaceOrganisationApplicationEnv<'_> {
        crate::builders::ReplaceOrganisationApplicationEnv {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Set one environment variable of an application
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}/env/{envName}` (`setOrganisationApplicationEnvVar`)
    pub fn set_organisation_application_env_var(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::ValueInput,
    ) -> crate::builders::SetOrganisationApplicationEnvVar<'_> {
        crate::builders::SetOrganisationApplicationEnvVar {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            env_name: env_name.into(),
            body: Some(body),
        }
    }
    /// Delete one environment variable of an application
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}/env/{envName}` (`deleteOrganisationApplicationEnvVar`)
    pub fn delete_organisation_application_env_var(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        env_name: impl Into<String>,
    ) -> crate::builders::DeleteOrganisationApplicationEnvVar<'_> {
        crate::builders::DeleteOrganisationApplicationEnvVar {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            env_name: env_name.into(),
        }
    }
    /// Get the environment an application exposes to its dependents
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/exposed_env` (`getOrganisationApplicationExposedEnv`)
    pub fn get_organisation_application_exposed_env(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::GetOrganisationApplicationExposedEnv<'_> {
        crate::builders::GetOrganisationApplicationExposedEnv {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Replace the environment an application exposes to its dependents
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}/exposed_env` (`replaceOrganisationApplicationExposedEnv`)
    pub fn replace_organisation_application_exposed_env(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        body: crate::types::EnvironmentJson,
    ) -> crate::builders::ReplaceOrganisationApplicationExposedEnv<'_> {
        crate::builders::ReplaceOrganisationApplicationExposedEnv {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// List the environment variables a personal add-on exposes
    ///
    /// `GET /v2/self/addons/{addonId}/env` (`listSelfAddonEnv`)
    pub fn list_self_addon_env(
        &self,
        addon_id: impl Into<String>,
    ) -> crate::builders::ListSelfAddonEnv<'_> {
        crate::builders::ListSelfAddonEnv {
            client: self.client,
            addon_id: addon_id.into(),
        }
    }
    /// List the environment exposed to a personal application by its linked add-ons
    ///
    /// `GET /v2/self/applications/{appId}/addons/env` (`listSelfApplicationAddonsEnv`)
    pub fn list_self_application_addons_env(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationAddonsEnv<'_> {
        crate::builders::ListSelfApplicationAddonsEnv {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// List the environment exposed to a personal application by its dependencies
    ///
    /// `GET /v2/self/applications/{appId}/dependencies/env` (`listSelfApplicationDependenciesEnv`)
    pub fn list_self_application_dependencies_env(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationDependenciesEnv<'_> {
        crate::builders::ListSelfApplicationDependenciesEnv {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// List the environment variables of a personal application
    ///
    /// `GET /v2/self/applications/{appId}/env` (`listSelfApplicationEnv`)
    pub fn list_self_application_env(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationEnv<'_> {
        crate::builders::ListSelfApplicationEnv {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Replace all environment variables of a personal application
    ///
    /// `PUT /v2/self/applications/{appId}/env` (`replaceSelfApplicationEnv`)
    pub fn replace_self_application_env(
        &self,
        app_id: impl Into<String>,
        body: crate::types::EnvironmentJson,
    ) -> crate::builders::ReplaceSelfApplicationEnv<'_> {
        crate::builders::ReplaceSelfApplicationEnv {
            client: self.client,
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Set one environment variable of a personal application
    ///
    /// `PUT /v2/self/applications/{appId}/env/{envName}` (`setSelfApplicationEnvVar`)
    pub fn set_self_application_env_var(
        &self,
        app_id: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::ValueInput,
    ) -> crate::builders::SetSelfApplicationEnvVar<'_> {
        crate::builders::SetSelfApplicationEnvVar {
            client: self.client,
            app_id: app_id.into(),
            env_name: env_name.into(),
            body: Some(body),
        }
    }
    /// Delete one environment variable of a personal application
    ///
    /// `DELETE /v2/self/applications/{appId}/env/{envName}` (`deleteSelfApplicationEnvVar`)
    pub fn delete_self_application_env_var(
        &self,
        app_id: impl Into<String>,
        env_name: impl Into<String>,
    ) -> crate::builders::DeleteSelfApplicationEnvVar<'_> {
        crate::builders::DeleteSelfApplicationEnvVar {
            client: self.client,
            app_id: app_id.into(),
            env_name: env_name.into(),
        }
    }
    /// Get the environment a personal application exposes to its dependents
    ///
    /// `GET /v2/self/applications/{appId}/exposed_env` (`getSelfApplicationExposedEnv`)
    pub fn get_self_application_exposed_env(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::GetSelfApplicationExposedEnv<'_> {
        crate::builders::GetSelfApplicationExposedEnv {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Replace the environment a personal application exposes to its dependents
    ///
    /// `PUT /v2/self/applications/{appId}/exposed_env` (`replaceSelfApplicationExposedEnv`)
    pub fn replace_self_application_exposed_env(
        &self,
        app_id: impl Into<String>,
        body: crate::types::EnvironmentJson,
    ) -> crate::builders::ReplaceSelfApplicationExposedEnv<'_> {
        crate::builders::ReplaceSelfApplicationExposedEnv {
            client: self.client,
            app_id: app_id.into(),
            body: Some(body),
        }
    }
}
/// The OAuth 1.0a flow (request token, authorization, access token) and request-signature checks.
#[derive(Debug, Clone, Copy)]
pub struct OauthApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> OauthApi<'a> {
    /// Check a signed request on behalf of a third party
    ///
    /// `POST /v2/authenticate` (`authenticateRequest`)
    pub fn authenticate_request(
        &self,
        body: crate::types::SignedRequestCheck,
    ) -> crate::builders::AuthenticateRequest<'_> {
        crate::builders::AuthenticateRequest {
            client: self.client,
            owner: None,
            body: Some(body),
        }
    }
    /// Check that a signed request is authorized
    ///
    /// `POST /v2/authorize` (`authorizeRequest`)
    pub fn authorize_request(
        &self,
        body: crate::types::SignedRequestCheck,
    ) -> crate::builders::AuthorizeRequest<'_> {
        crate::builders::AuthorizeRequest {
            client: self.client,
            body: Some(body),
        }
    }
    /// Exchange an authorized request token for an access token
    ///
    /// Last step of the OAuth 1.0a flow: trade the authorized request token and its `oauth_verifier` for a long-lived token and secret.
    ///
    /// `POST /v2/oauth/access_token` (`createAccessToken`)
    pub fn create_access_token(
        &self,
        body: crate::types::OauthParametersForm,
    ) -> crate::builders::CreateAccessToken<'_> {
        crate::builders::CreateAccessToken {
            client: self.client,
            body: Some(body),
        }
    }
    /// Exchange a request token for an access token, OAuth fields in the query
    ///
    /// `POST /v2/oauth/access_token_query` (`createAccessTokenFromQuery`)
    pub fn create_access_token_from_query(
        &self,
    ) -> crate::builders::CreateAccessTokenFromQuery<'_> {
        crate::builders::CreateAccessTokenFromQuery {
            client: self.client,
            oauth_consumer_key: None,
            oauth_token: None,
            oauth_signature_method: None,
            oauth_signature: None,
            oauth_timestamp: None,
            oauth_nonce: None,
            oauth_version: None,
            oauth_verifier: None,
            oauth_callback: None,
            oauth_token_secret: None,
            oauth_callback_confirmed: None,
        }
    }
    /// Show the page where a user authorizes a request token
    ///
    /// Second step of the OAuth 1.0a flow: send the user here with the temporary `oauth_token` so they can approve the consumer.
    ///
    /// `GET /v2/oauth/authorize` (`getAuthorizeForm`)
    pub fn get_authorize_form(&self) -> crate::builders::GetAuthorizeForm<'_> {
        crate::builders::GetAuthorizeForm {
            client: self.client,
            oauth_token: None,
            ccid: None,
            cli_token: None,
            from_oauth: None,
            partner_id: None,
        }
    }
    /// Authorize a request token
    ///
    /// `POST /v2/oauth/authorize` (`authorizeRequestToken`)
    pub fn authorize_request_token(
        &self,
        body: crate::types::OauthAuthorizationForm,
    ) -> crate::builders::AuthorizeRequestToken<'_> {
        crate::builders::AuthorizeRequestToken {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get the data shown on the OAuth login page
    ///
    /// `GET /v2/oauth/login_data` (`getOauthLoginData`)
    pub fn get_login_data(&self) -> crate::builders::GetOauthLoginData<'_> {
        crate::builders::GetOauthLoginData {
            client: self.client,
            oauth_key: None,
        }
    }
    /// Get a temporary request token
    ///
    /// First step of the three-legged OAuth 1.0a flow. Sign the request with the consumer key only; the answer is form-encoded.
    ///
    /// `POST /v2/oauth/request_token` (`createRequestToken`)
    pub fn create_request_token(
        &self,
        body: crate::types::OauthParametersForm,
    ) -> crate::builders::CreateRequestToken<'_> {
        crate::builders::CreateRequestToken {
            client: self.client,
            partner_id: None,
            body: Some(body),
        }
    }
    /// Get a temporary request token, OAuth fields in the query
    ///
    /// `POST /v2/oauth/request_token_query` (`createRequestTokenFromQuery`)
    pub fn create_request_token_from_query(
        &self,
    ) -> crate::builders::CreateRequestTokenFromQuery<'_> {
        crate::builders::CreateRequestTokenFromQuery {
            client: self.client,
            partner_id: None,
            oauth_consumer_key: None,
            oauth_token: None,
            oauth_signature_method: None,
            oauth_signature: None,
            oauth_timestamp: None,
            oauth_nonce: None,
            oauth_version: None,
            oauth_verifier: None,
            oauth_callback: None,
            oauth_token_secret: None,
            oauth_callback_confirmed: None,
        }
    }
    /// List the rights an OAuth consumer can ask for
    ///
    /// `GET /v2/oauth/rights` (`listOauthRights`)
    pub fn list_rights(&self) -> crate::builders::ListOauthRights<'_> {
        crate::builders::ListOauthRights {
            client: self.client,
        }
    }
}
/// Backups of database add-ons.
#[derive(Debug, Clone, Copy)]
pub struct BackupsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> BackupsApi<'a> {
    /// List the backups of a database add-on
    ///
    /// `GET /v2/backups/{ownerId}/{ref}` (`listBackups`)
    pub fn list(
        &self,
        owner_id: impl Into<String>,
        ref_: impl Into<String>,
    ) -> crate::builders::ListBackups<'_> {
        crate::builders::ListBackups {
            client: self.client,
            owner_id: owner_id.into(),
            ref_: ref_.into(),
        }
    }
}
/// GitHub account linking, GitHub sign-in and the GitHub push webhook.
#[derive(Debug, Clone, Copy)]
pub struct GithubApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> GithubApi<'a> {
    /// Get the GitHub link state of the current user
    ///
    /// `GET /v2/github` (`getGithubLink`)
    pub fn get_link(&self) -> crate::builders::GetGithubLink<'_> {
        crate::builders::GetGithubLink {
            client: self.client,
        }
    }
    /// List the GitHub repositories of the linked account
    ///
    /// `GET /v2/github/applications` (`listGithubRepositories`)
    pub fn list_repositories(&self) -> crate::builders::ListGithubRepositories<'_> {
        crate::builders::ListGithubRepositories {
            client: self.client,
        }
    }
    /// Receive the GitHub OAuth callback
    ///
    /// `GET /v2/github/callback` (`handleGithubCallback`)
    pub fn handle_callback(&self) -> crate::builders::HandleGithubCallback<'_> {
        crate::builders::HandleGithubCallback {
            client: self.client,
            code: None,
            state: None,
            error: None,
            error_description: None,
            error_uri: None,
        }
    }
    /// List the e-mail addresses of the linked GitHub account
    ///
    /// `GET /v2/github/emails` (`listGithubEmails`)
    pub fn list_emails(&self) -> crate::builders::ListGithubEmails<'_> {
        crate::builders::ListGithubEmails {
            client: self.client,
        }
    }
    /// List the SSH keys of the linked GitHub account
    ///
    /// `GET /v2/github/keys` (`listGithubKeys`)
    pub fn list_keys(&self) -> crate::builders::ListGithubKeys<'_> {
        crate::builders::ListGithubKeys {
            client: self.client,
        }
    }
    /// Start linking a GitHub account to the current user
    ///
    /// `GET /v2/github/link` (`startGithubLink`)
    pub fn start_link(&self) -> crate::builders::StartGithubLink<'_> {
        crate::builders::StartGithubLink {
            client: self.client,
            transaction_id: None,
            redirect_url: None,
            partner_id: None,
        }
    }
    /// Unlink the GitHub account from the current user
    ///
    /// `DELETE /v2/github/link` (`unlinkGithub`)
    pub fn unlink(&self) -> crate::builders::UnlinkGithub<'_> {
        crate::builders::UnlinkGithub {
            client: self.client,
        }
    }
    /// Start logging in with a GitHub account
    ///
    /// `GET /v2/github/login` (`startGithubLogin`)
    pub fn start_login(&self) -> crate::builders::StartGithubLogin<'_> {
        crate::builders::StartGithubLogin {
            client: self.client,
            redirect_url: None,
            from_authorize: None,
            cli_token: None,
            partner_id: None,
            oauth_token: None,
            invitation_key: None,
            subscription_source: None,
        }
    }
    /// Receive a GitHub push webhook and redeploy
    ///
    /// `POST /v2/github/redeploy` (`handleGithubPush`)
    pub fn handle_push(
        &self,
        body: crate::types::GithubPushPayload,
    ) -> crate::builders::HandleGithubPush<'_> {
        crate::builders::HandleGithubPush {
            client: self.client,
            user_agent: None,
            x_github_event: None,
            x_hub_signature: None,
            body: Some(body),
        }
    }
    /// Start signing up with a GitHub account
    ///
    /// `GET /v2/github/signup` (`startGithubSignup`)
    pub fn start_signup(&self) -> crate::builders::StartGithubSignup<'_> {
        crate::builders::StartGithubSignup {
            client: self.client,
            redirect_url: None,
            from_authorize: None,
            cli_token: None,
            partner_id: None,
            oauth_token: None,
            invitation_key: None,
            subscription_source: None,
            terms: None,
        }
    }
    /// Finish signing up with a GitHub account
    ///
    /// `POST /v2/github/signup` (`finishGithubSignup`)
    pub fn finish_signup(
        &self,
        body: crate::types::ExternalSignupForm,
    ) -> crate::builders::FinishGithubSignup<'_> {
        crate::builders::FinishGithubSignup {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get the login of the linked GitHub account
    ///
    /// `GET /v2/github/username` (`getGithubUsername`)
    pub fn get_username(&self) -> crate::builders::GetGithubUsername<'_> {
        crate::builders::GetGithubUsername {
            client: self.client,
        }
    }
}
/// Credits, consumption, payment methods and invoices (the older v2 billing endpoints).
#[derive(Debug, Clone, Copy)]
pub struct PaymentsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> PaymentsApi<'a> {
    /// Confirm a PayPal payment for an invoice
    ///
    /// `PUT /v2/invoice/external/paypal/{bid}` (`authorizePaypalTransaction`)
    pub fn authorize_paypal_transaction(
        &self,
        bid: impl Into<String>,
        body: crate::types::PaymentData,
    ) -> crate::builders::AuthorizePaypalTransaction<'_> {
        crate::builders::AuthorizePaypalTransaction {
            client: self.client,
            bid: bid.into(),
            body: Some(body),
        }
    }
    /// Cancel a PayPal payment for an invoice
    ///
    /// `DELETE /v2/invoice/external/paypal/{bid}` (`cancelPaypalTransaction`)
    pub fn cancel_paypal_transaction(
        &self,
        bid: impl Into<String>,
    ) -> crate::builders::CancelPaypalTransaction<'_> {
        crate::builders::CancelPaypalTransaction {
            client: self.client,
            bid: bid.into(),
        }
    }
    /// Record the outcome of an external payment for an invoice
    ///
    /// `POST /v2/invoice/external/{bid}` (`completeExternalInvoicePayment`)
    pub fn complete_external_invoice(
        &self,
        bid: impl Into<String>,
        body: crate::types::ExternalPaymentResult,
    ) -> crate::builders::CompleteExternalInvoicePayment<'_> {
        crate::builders::CompleteExternalInvoicePayment {
            client: self.client,
            bid: bid.into(),
            body: Some(body),
        }
    }
    /// Get the consumption of an organisation over a period
    ///
    /// `GET /v2/organisations/{id}/consumptions` (`listOrganisationConsumptions`)
    #[deprecated(note = "deprecated by the API")]
    pub fn list_organisation_consumptions(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationConsumptions<'_> {
        crate::builders::ListOrganisationConsumptions {
            client: self.client,
            id: id.into(),
            app_id: None,
            from: None,
            to: None,
            for_: None,
        }
    }
    /// Get the remaining credits of an organisation
    ///
    /// `GET /v2/organisations/{id}/credits` (`getOrganisationCredits`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_organisation_credits(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::GetOrganisationCredits<'_> {
        crate::builders::GetOrganisationCredits {
            client: self.client,
            id: id.into(),
        }
    }
    /// Get the billing details of an organisation
    ///
    /// `GET /v2/organisations/{id}/payment-info` (`getOrganisationPaymentInfo`)
    pub fn get_organisation_info(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::GetOrganisationPaymentInfo<'_> {
        crate::builders::GetOrganisationPaymentInfo {
            client: self.client,
            id: id.into(),
        }
    }
    /// List the invoices of an organisation
    ///
    /// `GET /v2/organisations/{id}/payments/billings` (`listOrganisationInvoices`)
    #[deprecated(note = "deprecated by the API")]
    pub fn list_organisation_invoices(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationInvoices<'_> {
        crate::builders::ListOrganisationInvoices {
            client: self.client,
            id: id.into(),
        }
    }
    /// Buy a credit package for an organisation
    ///
    /// `POST /v2/organisations/{id}/payments/billings` (`buyOrganisationCredits`)
    #[deprecated(note = "deprecated by the API")]
    pub fn buy_organisation_credits(
        &self,
        id: impl Into<String>,
        body: crate::types::CreditPurchase,
    ) -> crate::builders::BuyOrganisationCredits<'_> {
        crate::builders::BuyOrganisationCredits {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// List the unpaid invoices of an organisation
    ///
    /// `GET /v2/organisations/{id}/payments/billings/unpaid` (`listOrganisationUnpaidInvoices`)
    #[deprecated(note = "deprecated by the API")]
    pub fn list_organisation_unpaid_invoices(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationUnpaidInvoices<'_> {
        crate::builders::ListOrganisationUnpaidInvoices {
            client: self.client,
            id: id.into(),
        }
    }
    /// Get one invoice of an organisation
    ///
    /// `GET /v2/organisations/{id}/payments/billings/{bid}` (`getOrganisationInvoice`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_organisation_invoice(
        &self,
        id: impl Into<String>,
        bid: impl Into<String>,
    ) -> crate::builders::GetOrganisationInvoice<'_> {
        crate::builders::GetOrganisationInvoice {
            client: self.client,
            id: id.into(),
            bid: bid.into(),
        }
    }
    /// Choose how to pay an organisation invoice
    ///
    /// `PUT /v2/organisations/{id}/payments/billings/{bid}` (`chooseOrganisationInvoicePaymentProvider`)
    #[deprecated(note = "deprecated by the API")]
    pub fn choose_organisation_invoice_provider(
        &self,
        id: impl Into<String>,
        bid: impl Into<String>,
        body: crate::types::PaymentProviderSelection,
    ) -> crate::builders::ChooseOrganisationInvoicePaymentProvider<'_> {
        crate::builders::ChooseOrganisationInvoicePaymentProvider {
            client: self.client,
            id: id.into(),
            bid: bid.into(),
            body: Some(body),
        }
    }
    /// Delete an unpaid purchase order of an organisation
    ///
    /// `DELETE /v2/organisations/{id}/payments/billings/{bid}` (`deleteOrganisationPurchaseOrder`)
    #[deprecated(note = "deprecated by the API")]
    pub fn delete_organisation_purchase_order(
        &self,
        id: impl Into<String>,
        bid: impl Into<String>,
    ) -> crate::builders::DeleteOrganisationPurchaseOrder<'_> {
        crate::builders::DeleteOrganisationPurchaseOrder {
            client: self.client,
            id: id.into(),
            bid: bid.into(),
        }
    }
    /// Download an organisation invoice as PDF
    ///
    /// `GET /v2/organisations/{id}/payments/billings/{bid}.pdf` (`downloadOrganisationInvoicePdf`)
    #[deprecated(note = "deprecated by the API")]
    pub fn download_organisation_invoice_pdf(
        &self,
        id: impl Into<String>,
        bid: impl Into<String>,
    ) -> crate::builders::DownloadOrganisationInvoicePdf<'_> {
        crate::builders::DownloadOrganisationInvoicePdf {
            client: self.client,
            id: id.into(),
            bid: bid.into(),
            token: None,
        }
    }
    /// Compute a price with taxes for an organisation
    ///
    /// `GET /v2/organisations/{id}/payments/fullprice/{price}` (`getOrganisationPriceWithTax`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_organisation_price_with_tax(
        &self,
        id: impl Into<String>,
        price: impl Into<String>,
    ) -> crate::builders::GetOrganisationPriceWithTax<'_> {
        crate::builders::GetOrganisationPriceWithTax {
            client: self.client,
            id: id.into(),
            price: price.into(),
        }
    }
    /// List the saved payment methods of an organisation
    ///
    /// `GET /v2/organisations/{id}/payments/methods` (`listOrganisationPaymentMethods`)
    #[deprecated(note = "deprecated by the API")]
    pub fn list_organisation_methods(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationPaymentMethods<'_> {
        crate::builders::ListOrganisationPaymentMethods {
            client: self.client,
            id: id.into(),
        }
    }
    /// Save a payment method for an organisation
    ///
    /// `POST /v2/organisations/{id}/payments/methods` (`addOrganisationPaymentMethod`)
    #[deprecated(note = "deprecated by the API")]
    pub fn add_organisation_method(
        &self,
        id: impl Into<String>,
        body: crate::types::PaymentData,
    ) -> crate::builders::AddOrganisationPaymentMethod<'_> {
        crate::builders::AddOrganisationPaymentMethod {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Get the default payment method of an organisation
    ///
    /// `GET /v2/organisations/{id}/payments/methods/default` (`getOrganisationDefaultPaymentMethod`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_organisation_default_method(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::GetOrganisationDefaultPaymentMethod<'_> {
        crate::builders::GetOrganisationDefaultPaymentMethod {
            client: self.client,
            id: id.into(),
        }
    }
    /// Choose the default payment method of an organisation
    ///
    /// `PUT /v2/organisations/{id}/payments/methods/default` (`setOrganisationDefaultPaymentMethod`)
    #[deprecated(note = "deprecated by the API")]
    pub fn set_organisation_default_method(
        &self,
        id: impl Into<String>,
        body: crate::types::PaymentData,
    ) -> crate::builders::SetOrganisationDefaultPaymentMethod<'_> {
        crate::builders::SetOrganisationDefaultPaymentMethod {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Start saving a new payment method (Stripe setup intent)
    ///
    /// `GET /v2/organisations/{id}/payments/methods/newintent` (`createOrganisationSetupIntent`)
    #[deprecated(note = "deprecated by the API")]
    pub fn create_organisation_setup_intent(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::CreateOrganisationSetupIntent<'_> {
        crate::builders::CreateOrganisationSetupIntent {
            client: self.client,
            id: id.into(),
            type_: None,
        }
    }
    /// Delete a saved payment method of an organisation
    ///
    /// `DELETE /v2/organisations/{id}/payments/methods/{mId}` (`deleteOrganisationPaymentMethod`)
    #[deprecated(note = "deprecated by the API")]
    pub fn delete_organisation_method(
        &self,
        id: impl Into<String>,
        m_id: impl Into<String>,
    ) -> crate::builders::DeleteOrganisationPaymentMethod<'_> {
        crate::builders::DeleteOrganisationPaymentMethod {
            client: self.client,
            id: id.into(),
            m_id: m_id.into(),
        }
    }
    /// Get the running monthly invoice of an organisation
    ///
    /// `GET /v2/organisations/{id}/payments/monthlyinvoice` (`getOrganisationMonthlyInvoice`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_organisation_monthly_invoice(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::GetOrganisationMonthlyInvoice<'_> {
        crate::builders::GetOrganisationMonthlyInvoice {
            client: self.client,
            id: id.into(),
        }
    }
    /// Cap the monthly spending of an organisation
    ///
    /// `PUT /v2/organisations/{id}/payments/monthlyinvoice/maxcredit` (`setOrganisationMaxMonthlyCredits`)
    #[deprecated(note = "deprecated by the API")]
    pub fn set_organisation_max_monthly_credits(
        &self,
        id: impl Into<String>,
        body: crate::types::MaxCreditsInput,
    ) -> crate::builders::SetOrganisationMaxMonthlyCredits<'_> {
        crate::builders::SetOrganisationMaxMonthlyCredits {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Get the automatic top-up settings of an organisation
    ///
    /// `GET /v2/organisations/{id}/payments/recurring` (`getOrganisationRecurrentPayment`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_organisation_recurrent(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::GetOrganisationRecurrentPayment<'_> {
        crate::builders::GetOrganisationRecurrentPayment {
            client: self.client,
            id: id.into(),
        }
    }
    /// Turn off automatic top-up for an organisation
    ///
    /// `DELETE /v2/organisations/{id}/payments/recurring` (`deleteOrganisationRecurrentPayment`)
    #[deprecated(note = "deprecated by the API")]
    pub fn delete_organisation_recurrent(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::DeleteOrganisationRecurrentPayment<'_> {
        crate::builders::DeleteOrganisationRecurrentPayment {
            client: self.client,
            id: id.into(),
        }
    }
    /// Get the Stripe publishable token for an organisation
    ///
    /// `GET /v2/organisations/{id}/payments/tokens/stripe` (`getOrganisationStripeToken`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_organisation_stripe_token(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::GetOrganisationStripeToken<'_> {
        crate::builders::GetOrganisationStripeToken {
            client: self.client,
            id: id.into(),
        }
    }
    /// Get the pay-button image of an invoice
    ///
    /// `GET /v2/payments/assets/pay_button/{token}/button.png` (`getInvoicePayButton`)
    pub fn get_invoice_pay_button(
        &self,
        token: impl Into<String>,
    ) -> crate::builders::GetInvoicePayButton<'_> {
        crate::builders::GetInvoicePayButton {
            client: self.client,
            token: token.into(),
        }
    }
    /// Look up a coupon
    ///
    /// The provider documents only a 501 (not implemented) answer for this endpoint.
    ///
    /// `GET /v2/payments/coupons/{name}` (`getCoupon`)
    pub fn get_coupon(&self, name: impl Into<String>) -> crate::builders::GetCoupon<'_> {
        crate::builders::GetCoupon {
            client: self.client,
            name: name.into(),
        }
    }
    /// List the payment providers available
    ///
    /// The provider documents only a 501 (not implemented) answer for this endpoint.
    ///
    /// `GET /v2/payments/providers` (`listPaymentProviders`)
    pub fn list_providers(&self) -> crate::builders::ListPaymentProviders<'_> {
        crate::builders::ListPaymentProviders {
            client: self.client,
        }
    }
    /// Get the Stripe publishable token
    ///
    /// The provider documents only a 501 (not implemented) answer for this endpoint.
    ///
    /// `GET /v2/payments/tokens/stripe` (`getStripeToken`)
    pub fn get_stripe_token(&self) -> crate::builders::GetStripeToken<'_> {
        crate::builders::GetStripeToken {
            client: self.client,
        }
    }
    /// Receive a Stripe SEPA webhook
    ///
    /// `POST /v2/payments/webhooks/stripe/sepa` (`handleStripeSepaWebhook`)
    pub fn handle_stripe_sepa_webhook(
        &self,
        body: crate::types::StripeWebhookPayload,
    ) -> crate::builders::HandleStripeSepaWebhook<'_> {
        crate::builders::HandleStripeSepaWebhook {
            client: self.client,
            stripe_signature: None,
            body: Some(body),
        }
    }
    /// Update a Stripe payment for an invoice
    ///
    /// `PUT /v2/payments/{bid}/end/stripe` (`updateStripePayment`)
    pub fn update_stripe(
        &self,
        bid: impl Into<String>,
        body: crate::types::SetupIntent,
    ) -> crate::builders::UpdateStripePayment<'_> {
        crate::builders::UpdateStripePayment {
            client: self.client,
            bid: bid.into(),
            body: Some(body),
        }
    }
    /// Finish paying an invoice with Stripe
    ///
    /// The provider documents only a 501 (not implemented) answer for this endpoint.
    ///
    /// `POST /v2/payments/{bid}/end/stripe` (`completeStripePayment`)
    pub fn complete_stripe(
        &self,
        bid: impl Into<String>,
        body: crate::types::PaymentData,
    ) -> crate::builders::CompleteStripePayment<'_> {
        crate::builders::CompleteStripePayment {
            client: self.client,
            bid: bid.into(),
            body: Some(body),
        }
    }
    /// Get the consumption of the current user over a period
    ///
    /// `GET /v2/self/consumptions` (`listSelfConsumptions`)
    pub fn list_self_consumptions(&self) -> crate::builders::ListSelfConsumptions<'_> {
        crate::builders::ListSelfConsumptions {
            client: self.client,
            app_id: None,
            from: None,
            to: None,
            for_: None,
        }
    }
    /// Get the remaining credits of the current user
    ///
    /// `GET /v2/self/credits` (`getSelfCredits`)
    pub fn get_self_credits(&self) -> crate::builders::GetSelfCredits<'_> {
        crate::builders::GetSelfCredits {
            client: self.client,
        }
    }
    /// Get the billing details of the current user
    ///
    /// `GET /v2/self/payment-info` (`getSelfPaymentInfo`)
    pub fn get_self_info(&self) -> crate::builders::GetSelfPaymentInfo<'_> {
        crate::builders::GetSelfPaymentInfo {
            client: self.client,
        }
    }
    /// List the invoices of the current user
    ///
    /// `GET /v2/self/payments/billings` (`listSelfInvoices`)
    #[deprecated(note = "deprecated by the API")]
    pub fn list_self_invoices(&self) -> crate::builders::ListSelfInvoices<'_> {
        crate::builders::ListSelfInvoices {
            client: self.client,
        }
    }
    /// Buy a credit package for the current user
    ///
    /// `POST /v2/self/payments/billings` (`buySelfCredits`)
    #[deprecated(note = "deprecated by the API")]
    pub fn buy_self_credits(
        &self,
        body: crate::types::CreditPurchase,
    ) -> crate::builders::BuySelfCredits<'_> {
        crate::builders::BuySelfCredits {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get one invoice of the current user
    ///
    /// `GET /v2/self/payments/billings/{bid}` (`getSelfInvoice`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_self_invoice(
        &self,
        bid: impl Into<String>,
    ) -> crate::builders::GetSelfInvoice<'_> {
        crate::builders::GetSelfInvoice {
            client: self.client,
            bid: bid.into(),
        }
    }
    /// Choose how to pay an invoice of the current user
    ///
    /// `PUT /v2/self/payments/billings/{bid}` (`chooseSelfInvoicePaymentProvider`)
    #[deprecated(note = "deprecated by the API")]
    pub fn choose_self_invoice_provider(
        &self,
        bid: impl Into<String>,
        body: crate::types::PaymentProviderSelection,
    ) -> crate::builders::ChooseSelfInvoicePaymentProvider<'_> {
        crate::builders::ChooseSelfInvoicePaymentProvider {
            client: self.client,
            bid: bid.into(),
            body: Some(body),
        }
    }
    /// Delete an unpaid purchase order of the current user
    ///
    /// `DELETE /v2/self/payments/billings/{bid}` (`deleteSelfPurchaseOrder`)
    #[deprecated(note = "deprecated by the API")]
    pub fn delete_self_purchase_order(
        &self,
        bid: impl Into<String>,
    ) -> crate::builders::DeleteSelfPurchaseOrder<'_> {
        crate::builders::DeleteSelfPurchaseOrder {
            client: self.client,
            bid: bid.into(),
        }
    }
    /// Download an invoice of the current user as PDF
    ///
    /// `GET /v2/self/payments/billings/{bid}.pdf` (`downloadSelfInvoicePdf`)
    #[deprecated(note = "deprecated by the API")]
    pub fn download_self_invoice_pdf(
        &self,
        bid: impl Into<String>,
    ) -> crate::builders::DownloadSelfInvoicePdf<'_> {
        crate::builders::DownloadSelfInvoicePdf {
            client: self.client,
            bid: bid.into(),
            token: None,
        }
    }
    /// Compute a price with taxes for the current user
    ///
    /// `GET /v2/self/payments/fullprice/{price}` (`getSelfPriceWithTax`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_self_price_with_tax(
        &self,
        price: impl Into<String>,
    ) -> crate::builders::GetSelfPriceWithTax<'_> {
        crate::builders::GetSelfPriceWithTax {
            client: self.client,
            price: price.into(),
        }
    }
    /// List the saved payment methods of the current user
    ///
    /// `GET /v2/self/payments/methods` (`listSelfPaymentMethods`)
    #[deprecated(note = "deprecated by the API")]
    pub fn list_self_methods(&self) -> crate::builders::ListSelfPaymentMethods<'_> {
        crate::builders::ListSelfPaymentMethods {
            client: self.client,
        }
    }
    /// Save a payment method for the current user
    ///
    /// `POST /v2/self/payments/methods` (`addSelfPaymentMethod`)
    #[deprecated(note = "deprecated by the API")]
    pub fn add_self_method(
        &self,
        body: crate::types::PaymentData,
    ) -> crate::builders::AddSelfPaymentMethod<'_> {
        crate::builders::AddSelfPaymentMethod {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get the default payment method of the current user
    ///
    /// `GET /v2/self/payments/methods/default` (`getSelfDefaultPaymentMethod`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_self_default_method(
        &self,
    ) -> crate::builders::GetSelfDefaultPaymentMethod<'_> {
        crate::builders::GetSelfDefaultPaymentMethod {
            client: self.client,
        }
    }
    /// Choose the default payment method of the current user
    ///
    /// `PUT /v2/self/payments/methods/default` (`setSelfDefaultPaymentMethod`)
    #[deprecated(note = "deprecated by the API")]
    pub fn set_self_default_method(
        &self,
        body: crate::types::PaymentData,
    ) -> crate::builders::SetSelfDefaultPaymentMethod<'_> {
        crate::builders::SetSelfDefaultPaymentMethod {
            client: self.client,
            body: Some(body),
        }
    }
    /// Delete a saved payment method of the current user
    ///
    /// `DELETE /v2/self/payments/methods/{mId}` (`deleteSelfPaymentMethod`)
    #[deprecated(note = "deprecated by the API")]
    pub fn delete_self_method(
        &self,
        m_id: impl Into<String>,
    ) -> crate::builders::DeleteSelfPaymentMethod<'_> {
        crate::builders::DeleteSelfPaymentMethod {
            client: self.client,
            m_id: m_id.into(),
        }
    }
    /// Get the running monthly invoice of the current user
    ///
    /// `GET /v2/self/payments/monthlyinvoice` (`getSelfMonthlyInvoice`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_self_monthly_invoice(
        &self,
    ) -> crate::builders::GetSelfMonthlyInvoice<'_> {
        crate::builders::GetSelfMonthlyInvoice {
            client: self.client,
        }
    }
    /// Cap the monthly spending of the current user
    ///
    /// `PUT /v2/self/payments/monthlyinvoice/maxcredit` (`setSelfMaxMonthlyCredits`)
    #[deprecated(note = "deprecated by the API")]
    pub fn set_self_max_monthly_credits(
        &self,
        body: crate::types::MaxCreditsInput,
    ) -> crate::builders::SetSelfMaxMonthlyCredits<'_> {
        crate::builders::SetSelfMaxMonthlyCredits {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get the automatic top-up settings of the current user
    ///
    /// `GET /v2/self/payments/recurring` (`getSelfRecurrentPayment`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_self_recurrent(&self) -> crate::builders::GetSelfRecurrentPayment<'_> {
        crate::builders::GetSelfRecurrentPayment {
            client: self.client,
        }
    }
    /// Turn off automatic top-up for the current user
    ///
    /// `DELETE /v2/self/payments/recurring` (`deleteSelfRecurrentPayment`)
    #[deprecated(note = "deprecated by the API")]
    pub fn delete_self_recurrent(
        &self,
    ) -> crate::builders::DeleteSelfRecurrentPayment<'_> {
        crate::builders::DeleteSelfRecurrentPayment {
            client: self.client,
        }
    }
    /// Get the Stripe publishable token for the current user
    ///
    /// `GET /v2/self/payments/tokens/stripe` (`getSelfStripeToken`)
    #[deprecated(note = "deprecated by the API")]
    pub fn get_self_stripe_token(&self) -> crate::builders::GetSelfStripeToken<'_> {
        crate::builders::GetSelfStripeToken {
            client: self.client,
        }
    }
    /// Confirm a VAT validation key
    ///
    /// `GET /v2/validation/vat/{key}` (`validateVatKey`)
    pub fn validate_vat_key(
        &self,
        key: impl Into<String>,
    ) -> crate::builders::ValidateVatKey<'_> {
        crate::builders::ValidateVatKey {
            client: self.client,
            key: key.into(),
            action: None,
        }
    }
    /// Check a VAT number
    ///
    /// `GET /v2/vat_check` (`checkVat`)
    pub fn check_vat(&self) -> crate::builders::CheckVat<'_> {
        crate::builders::CheckVat {
            client: self.client,
            country: None,
            vat: None,
        }
    }
}
/// Application logs: past lines, live streams and log drains.
#[derive(Debug, Clone, Copy)]
pub struct LogsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> LogsApi<'a> {
    /// Fetch past log lines of an application
    ///
    /// Returns the most recent log lines. When signing with OAuth 1.0a, sign the URL without its query string (see `x-signing-url`).
    ///
    /// `GET /v2/logs/{appId}` (`listApplicationLogs`)
    pub fn list_application(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListApplicationLogs<'_> {
        crate::builders::ListApplicationLogs {
            client: self.client,
            app_id: app_id.into(),
            after: None,
            before: None,
            deployment_id: None,
            filter: None,
            limit: None,
            order: None,
            since: None,
        }
    }
    /// List the log drains of an application
    ///
    /// `GET /v2/logs/{appId}/drains` (`listLogDrains`)
    pub fn list_drains(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListLogDrains<'_> {
        crate::builders::ListLogDrains {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Add a log drain to an application
    ///
    /// `POST /v2/logs/{appId}/drains` (`createLogDrain`)
    pub fn create_drain(
        &self,
        app_id: impl Into<String>,
        body: crate::types::AnyValue,
    ) -> crate::builders::CreateLogDrain<'_> {
        crate::builders::CreateLogDrain {
            client: self.client,
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Remove a log drain
    ///
    /// `DELETE /v2/logs/{appId}/drains/{drainId}` (`deleteLogDrain`)
    pub fn delete_drain(
        &self,
        app_id: impl Into<String>,
        drain_id: impl Into<String>,
    ) -> crate::builders::DeleteLogDrain<'_> {
        crate::builders::DeleteLogDrain {
            client: self.client,
            app_id: app_id.into(),
            drain_id: drain_id.into(),
        }
    }
    /// Enable or disable a log drain
    ///
    /// `PUT /v2/logs/{appId}/drains/{drainId}/state` (`updateLogDrainState`)
    pub fn update_drain_state(
        &self,
        app_id: impl Into<String>,
        drain_id: impl Into<String>,
        body: crate::types::AnyValue,
    ) -> crate::builders::UpdateLogDrainState<'_> {
        crate::builders::UpdateLogDrainState {
            client: self.client,
            app_id: app_id.into(),
            drain_id: drain_id.into(),
            body: Some(body),
        }
    }
    /// Stream the HTTP access logs of an application
    ///
    /// A server-sent events stream of HTTP access-log records.
    ///
    /// `GET /v4/logs/organisations/{ownerId}/applications/{applicationId}/accesslogs` (`streamApplicationAccessLogs`)
    pub fn stream_application_access(
        &self,
        owner_id: impl Into<String>,
        application_id: impl Into<String>,
    ) -> crate::builders::StreamApplicationAccessLogs<'_> {
        crate::builders::StreamApplicationAccessLogs {
            client: self.client,
            owner_id: owner_id.into(),
            application_id: application_id.into(),
            field: None,
            limit: None,
            since: None,
            throttle_elements: None,
            throttle_per_in_milliseconds: None,
            until: None,
        }
    }
    /// Stream the logs of an application
    ///
    /// A server-sent events stream of log records. Resume after a disconnection with `since` set to the date of the last record received.
    ///
    /// `GET /v4/logs/organisations/{ownerId}/applications/{applicationId}/logs` (`streamApplicationLogsV4`)
    pub fn stream_application_v4(
        &self,
        owner_id: impl Into<String>,
        application_id: impl Into<String>,
    ) -> crate::builders::StreamApplicationLogsV4<'_> {
        crate::builders::StreamApplicationLogsV4 {
            client: self.client,
            owner_id: owner_id.into(),
            application_id: application_id.into(),
            deployment_id: None,
            field: None,
            filter: None,
            instance_id: None,
            limit: None,
            service: None,
            since: None,
            throttle_elements: None,
            throttle_per_in_milliseconds: None,
            until: None,
        }
    }
}
/// Metrics and statistics, and tokens for reading them from the time-series store.
#[derive(Debug, Clone, Copy)]
pub struct MetricsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> MetricsApi<'a> {
    /// Get a token for reading an organisation's metrics
    ///
    /// `GET /v2/metrics/read/{orgaId}` (`getMetricsReadToken`)
    pub fn get_read_token(
        &self,
        orga_id: impl Into<String>,
    ) -> crate::builders::GetMetricsReadToken<'_> {
        crate::builders::GetMetricsReadToken {
            client: self.client,
            orga_id: orga_id.into(),
        }
    }
    /// Get a token for reading an organisation's access logs
    ///
    /// `GET /v2/w10tokens/accessLogs/read/{orgaId}` (`getAccessLogsReadToken`)
    pub fn get_access_logs_read_token(
        &self,
        orga_id: impl Into<String>,
    ) -> crate::builders::GetAccessLogsReadToken<'_> {
        crate::builders::GetAccessLogsReadToken {
            client: self.client,
            orga_id: orga_id.into(),
        }
    }
    /// Get the HTTP request heat-map of an owner
    ///
    /// `GET /v4/stats/organisations/{ownerId}/requests` (`getRequestHeatmap`)
    pub fn get_request_heatmap(
        &self,
        owner_id: impl Into<String>,
    ) -> crate::builders::GetRequestHeatmap<'_> {
        crate::builders::GetRequestHeatmap {
            client: self.client,
            owner_id: owner_id.into(),
            application_id: None,
        }
    }
    /// Get CPU, memory and other metrics of an application or add-on
    ///
    /// `GET /v4/stats/organisations/{ownerId}/resources/{resourceId}/metrics` (`getResourceMetrics`)
    pub fn get_resource(
        &self,
        owner_id: impl Into<String>,
        resource_id: impl Into<String>,
    ) -> crate::builders::GetResourceMetrics<'_> {
        crate::builders::GetResourceMetrics {
            client: self.client,
            owner_id: owner_id.into(),
            resource_id: resource_id.into(),
            end: None,
            fill: None,
            interval: None,
            only: None,
            span: None,
        }
    }
}
/// Recent posts from the Clever Cloud blogs.
#[derive(Debug, Clone, Copy)]
pub struct NewsfeedsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> NewsfeedsApi<'a> {
    /// Get the latest blog posts
    ///
    /// `GET /v2/newsfeeds/blog` (`getBlogFeed`)
    pub fn get_blog_feed(&self) -> crate::builders::GetBlogFeed<'_> {
        crate::builders::GetBlogFeed {
            client: self.client,
        }
    }
    /// Get the latest engineering blog posts
    ///
    /// `GET /v2/newsfeeds/engineering` (`getEngineeringFeed`)
    pub fn get_engineering_feed(&self) -> crate::builders::GetEngineeringFeed<'_> {
        crate::builders::GetEngineeringFeed {
            client: self.client,
        }
    }
}
/// Webhook and e-mail subscriptions to platform events.
#[derive(Debug, Clone, Copy)]
pub struct NotificationsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> NotificationsApi<'a> {
    /// List e-mail subscriptions
    ///
    /// `GET /v2/notifications/emailhooks/{ownerId}` (`listEmailHooks`)
    pub fn list_email_hooks(
        &self,
        owner_id: impl Into<String>,
    ) -> crate::builders::ListEmailHooks<'_> {
        crate::builders::ListEmailHooks {
            client: self.client,
            owner_id: owner_id.into(),
        }
    }
    /// Subscribe e-mail addresses to platform events
    ///
    /// `POST /v2/notifications/emailhooks/{ownerId}` (`createEmailHook`)
    pub fn create_email_hook(
        &self,
        owner_id: impl Into<String>,
        body: crate::types::AnyValue,
    ) -> crate::builders::CreateEmailHook<'_> {
        crate::builders::CreateEmailHook {
            client: self.client,
            owner_id: owner_id.into(),
            body: Some(body),
        }
    }
    /// Update an e-mail subscription
    ///
    /// `PUT /v2/notifications/emailhooks/{ownerId}/{id}` (`updateEmailHook`)
    pub fn update_email_hook(
        &self,
        owner_id: impl Into<String>,
        id: impl Into<String>,
        body: crate::types::AnyValue,
    ) -> crate::builders::UpdateEmailHook<'_> {
        crate::builders::UpdateEmailHook {
            client: self.client,
            owner_id: owner_id.into(),
            id: id.into(),
            body: Some(body),
        }
    }
    /// Delete an e-mail subscription
    ///
    /// `DELETE /v2/notifications/emailhooks/{ownerId}/{id}` (`deleteEmailHook`)
    pub fn delete_email_hook(
        &self,
        owner_id: impl Into<String>,
        id: impl Into<String>,
    ) -> crate::builders::DeleteEmailHook<'_> {
        crate::builders::DeleteEmailHook {
            client: self.client,
            owner_id: owner_id.into(),
            id: id.into(),
        }
    }
    /// List the event types one can subscribe to
    ///
    /// `GET /v2/notifications/info/events` (`listNotificationEventTypes`)
    pub fn list_event_types(&self) -> crate::builders::ListNotificationEventTypes<'_> {
        crate::builders::ListNotificationEventTypes {
            client: self.client,
        }
    }
    /// List the payload formats webhooks can use
    ///
    /// `GET /v2/notifications/info/webhookformats` (`listWebhookFormats`)
    pub fn list_webhook_formats(&self) -> crate::builders::ListWebhookFormats<'_> {
        crate::builders::ListWebhookFormats {
            client: self.client,
        }
    }
    /// List webhook subscriptions
    ///
    /// `GET /v2/notifications/webhooks/{ownerId}` (`listWebhooks`)
    pub fn list_webhooks(
        &self,
        owner_id: impl Into<String>,
    ) -> crate::builders::ListWebhooks<'_> {
        crate::builders::ListWebhooks {
            client: self.client,
            owner_id: owner_id.into(),
        }
    }
    /// Subscribe a URL to platform events
    ///
    /// `POST /v2/notifications/webhooks/{ownerId}` (`createWebhook`)
    pub fn create_webhook(
        &self,
        owner_id: impl Into<String>,
        body: crate::types::AnyValue,
    ) -> crate::builders::CreateWebhook<'_> {
        crate::builders::CreateWebhook {
            client: self.client,
            owner_id: owner_id.into(),
            body: Some(body),
        }
    }
    /// Update a webhook subscription
    ///
    /// `PUT /v2/notifications/webhooks/{ownerId}/{id}` (`updateWebhook`)
    pub fn update_webhook(
        &self,
        owner_id: impl Into<String>,
        id: impl Into<String>,
        body: crate::types::AnyValue,
    ) -> crate::builders::UpdateWebhook<'_> {
        crate::builders::UpdateWebhook {
            client: self.client,
            owner_id: owner_id.into(),
            id: id.into(),
            body: Some(body),
        }
    }
    /// Delete a webhook subscription
    ///
    /// `DELETE /v2/notifications/webhooks/{ownerId}/{id}` (`deleteWebhook`)
    pub fn delete_webhook(
        &self,
        owner_id: impl Into<String>,
        id: impl Into<String>,
    ) -> crate::builders::DeleteWebhook<'_> {
        crate::builders::DeleteWebhook {
            client: self.client,
            owner_id: owner_id.into(),
            id: id.into(),
        }
    }
}
/// Browser sign-in, sign-up and password-reset pages used by the console.
#[derive(Debug, Clone, Copy)]
pub struct SessionsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> SessionsApi<'a> {
    /// Receive an OpenID Connect callback
    ///
    /// `GET /v2/oidc/{service}/callback` (`handleOidcCallback`)
    pub fn handle_oidc_callback(
        &self,
        service: impl Into<String>,
    ) -> crate::builders::HandleOidcCallback<'_> {
        crate::builders::HandleOidcCallback {
            client: self.client,
            service: service.into(),
            code: None,
            state: None,
            error: None,
            error_description: None,
            error_uri: None,
        }
    }
    /// Start logging in through an OpenID Connect service
    ///
    /// `GET /v2/oidc/{service}/login` (`startOidcLogin`)
    pub fn start_oidc_login(
        &self,
        service: impl Into<String>,
    ) -> crate::builders::StartOidcLogin<'_> {
        crate::builders::StartOidcLogin {
            client: self.client,
            service: service.into(),
            redirect_url: None,
            from_authorize: None,
            cli_token: None,
            partner_id: None,
            oauth_token: None,
            invitation_key: None,
            subscription_source: None,
        }
    }
    /// Start signing up through an OpenID Connect service
    ///
    /// `GET /v2/oidc/{service}/signup` (`startOidcSignup`)
    pub fn start_oidc_signup(
        &self,
        service: impl Into<String>,
    ) -> crate::builders::StartOidcSignup<'_> {
        crate::builders::StartOidcSignup {
            client: self.client,
            service: service.into(),
            redirect_url: None,
            from_authorize: None,
            cli_token: None,
            oauth_token: None,
            invitation_key: None,
            subscription_source: None,
            terms: None,
            partner_id: None,
        }
    }
    /// Finish signing up through an OpenID Connect service
    ///
    /// `POST /v2/oidc/{service}/signup` (`finishOidcSignup`)
    pub fn finish_oidc_signup(
        &self,
        service: impl Into<String>,
        body: crate::types::ExternalSignupForm,
    ) -> crate::builders::FinishOidcSignup<'_> {
        crate::builders::FinishOidcSignup {
            client: self.client,
            service: service.into(),
            body: Some(body),
        }
    }
    /// Show the page for asking a password reset
    ///
    /// `GET /v2/password_forgotten` (`getPasswordResetForm`)
    pub fn get_password_reset_form(&self) -> crate::builders::GetPasswordResetForm<'_> {
        crate::builders::GetPasswordResetForm {
            client: self.client,
            partner_id: None,
        }
    }
    /// Ask for a password reset e-mail
    ///
    /// `POST /v2/password_forgotten` (`requestPasswordReset`)
    pub fn request_password_reset(
        &self,
        body: crate::types::PasswordResetRequestForm,
    ) -> crate::builders::RequestPasswordReset<'_> {
        crate::builders::RequestPasswordReset {
            client: self.client,
            body: Some(body),
        }
    }
    /// Show the page for choosing a new password
    ///
    /// `GET /v2/password_forgotten/{key}` (`getPasswordResetConfirmForm`)
    pub fn get_password_reset_confirm_form(
        &self,
        key: impl Into<String>,
    ) -> crate::builders::GetPasswordResetConfirmForm<'_> {
        crate::builders::GetPasswordResetConfirmForm {
            client: self.client,
            key: key.into(),
            partner_id: None,
        }
    }
    /// Choose a new password with a reset key
    ///
    /// `POST /v2/password_forgotten/{key}` (`resetPassword`)
    pub fn reset_password(
        &self,
        key: impl Into<String>,
        body: crate::types::PasswordResetForm,
    ) -> crate::builders::ResetPassword<'_> {
        crate::builders::ResetPassword {
            client: self.client,
            key: key.into(),
            body: Some(body),
        }
    }
    /// Show the sign-up page for a subscription source
    ///
    /// `GET /v2/session/from/{subscription_source}/signup` (`getSignupFormForSource`)
    pub fn get_signup_form_for_source(
        &self,
        subscription_source: impl Into<String>,
    ) -> crate::builders::GetSignupFormForSource<'_> {
        crate::builders::GetSignupFormForSource {
            client: self.client,
            subscription_source: subscription_source.into(),
            invitation_key: None,
            url_next: None,
            partner_id: None,
        }
    }
    /// Show the login page
    ///
    /// `GET /v2/session/login` (`getLoginForm`)
    pub fn get_login_form(&self) -> crate::builders::GetLoginForm<'_> {
        crate::builders::GetLoginForm {
            client: self.client,
            secondary_email_key: None,
            deletion_key: None,
            from_authorize: None,
            cli_token: None,
            partner_id: None,
        }
    }
    /// Log in with an email and a password
    ///
    /// `POST /v2/session/login` (`login`)
    pub fn login(&self, body: crate::types::LoginForm) -> crate::builders::Login<'_> {
        crate::builders::Login {
            client: self.client,
            body: Some(body),
        }
    }
    /// Complete a login with a second factor
    ///
    /// `POST /v2/session/mfa_login` (`loginWithMfa`)
    pub fn login_with_mfa(
        &self,
        body: crate::types::MfaLoginForm,
    ) -> crate::builders::LoginWithMfa<'_> {
        crate::builders::LoginWithMfa {
            client: self.client,
            body: Some(body),
        }
    }
    /// Show the sign-up page
    ///
    /// `GET /v2/session/signup` (`getSignupForm`)
    pub fn get_signup_form(&self) -> crate::builders::GetSignupForm<'_> {
        crate::builders::GetSignupForm {
            client: self.client,
            invitation_key: None,
            url_next: None,
            subscription_source: None,
            partner_id: None,
        }
    }
    /// Show the sign-up page for a subscription source (plural path alias)
    ///
    /// `GET /v2/sessions/from/{subscription_source}/signup` (`getSignupFormForSourceAlias`)
    pub fn get_signup_form_for_source_alias(
        &self,
        subscription_source: impl Into<String>,
    ) -> crate::builders::GetSignupFormForSourceAlias<'_> {
        crate::builders::GetSignupFormForSourceAlias {
            client: self.client,
            subscription_source: subscription_source.into(),
            invitation_key: None,
            url_next: None,
            partner_id: None,
        }
    }
    /// Show the login page (plural path alias)
    ///
    /// `GET /v2/sessions/login` (`getLoginFormAlias`)
    pub fn get_login_form_alias(&self) -> crate::builders::GetLoginFormAlias<'_> {
        crate::builders::GetLoginFormAlias {
            client: self.client,
            secondary_email_key: None,
            deletion_key: None,
            from_authorize: None,
            cli_token: None,
            partner_id: None,
        }
    }
    /// Log in with an email and a password (plural path alias)
    ///
    /// `POST /v2/sessions/login` (`loginAlias`)
    pub fn login_alias(
        &self,
        body: crate::types::LoginForm,
    ) -> crate::builders::LoginAlias<'_> {
        crate::builders::LoginAlias {
            client: self.client,
            body: Some(body),
        }
    }
    /// Complete a login with a second factor (plural path alias)
    ///
    /// `POST /v2/sessions/mfa_login` (`loginWithMfaAlias`)
    pub fn login_with_mfa_alias(
        &self,
        body: crate::types::MfaLoginForm,
    ) -> crate::builders::LoginWithMfaAlias<'_> {
        crate::builders::LoginWithMfaAlias {
            client: self.client,
            body: Some(body),
        }
    }
    /// Show the sign-up page (plural path alias)
    ///
    /// `GET /v2/sessions/signup` (`getSignupFormAlias`)
    pub fn get_signup_form_alias(&self) -> crate::builders::GetSignupFormAlias<'_> {
        crate::builders::GetSignupFormAlias {
            client: self.client,
            invitation_key: None,
            url_next: None,
            subscription_source: None,
            partner_id: None,
        }
    }
}
/// Organisations: the shared spaces that own applications, add-ons and invoices.
#[derive(Debug, Clone, Copy)]
pub struct OrganisationsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> OrganisationsApi<'a> {
    /// List the organisations the current user belongs to
    ///
    /// `GET /v2/organisations` (`listOrganisations`)
    pub fn list(&self) -> crate::builders::ListOrganisations<'_> {
        crate::builders::ListOrganisations {
            client: self.client,
        }
    }
    /// Create an organisation
    ///
    /// `POST /v2/organisations` (`createOrganisation`)
    pub fn create(
        &self,
        body: crate::types::OrganisationInput,
    ) -> crate::builders::CreateOrganisation<'_> {
        crate::builders::CreateOrganisation {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get an organisation
    ///
    /// `GET /v2/organisations/{id}` (`getOrganisation`)
    pub fn get(&self, id: impl Into<String>) -> crate::builders::GetOrganisation<'_> {
        crate::builders::GetOrganisation {
            client: self.client,
            id: id.into(),
        }
    }
    /// Update an organisation
    ///
    /// `PUT /v2/organisations/{id}` (`updateOrganisation`)
    pub fn update(
        &self,
        id: impl Into<String>,
        body: crate::types::OrganisationInput,
    ) -> crate::builders::UpdateOrganisation<'_> {
        crate::builders::UpdateOrganisation {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Delete an organisation
    ///
    /// `DELETE /v2/organisations/{id}` (`deleteOrganisation`)
    pub fn delete(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::DeleteOrganisation<'_> {
        crate::builders::DeleteOrganisation {
            client: self.client,
            id: id.into(),
        }
    }
    /// Change the avatar of an organisation
    ///
    /// `PUT /v2/organisations/{id}/avatar` (`updateOrganisationAvatar`)
    pub fn update_avatar(
        &self,
        id: impl Into<String>,
        body: crate::types::AvatarSource,
    ) -> crate::builders::UpdateOrganisationAvatar<'_> {
        crate::builders::UpdateOrganisationAvatar {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
}
/// Add-on providers: publishing your own add-on offer (plans, features) and provider-side lookups.
#[derive(Debug, Clone, Copy)]
pub struct AddonProvidersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> AddonProvidersApi<'a> {
    /// List the add-on providers an organisation publishes
    ///
    /// `GET /v2/organisations/{id}/addonproviders` (`listAddonProviders`)
    pub fn list(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListAddonProviders<'_> {
        crate::builders::ListAddonProviders {
            client: self.client,
            id: id.into(),
        }
    }
    /// Register a new add-on provider
    ///
    /// `POST /v2/organisations/{id}/addonproviders` (`createAddonProvider`)
    pub fn create(
        &self,
        id: impl Into<String>,
        body: crate::types::AddonProviderRegistration,
    ) -> crate::builders::CreateAddonProvider<'_> {
        crate::builders::CreateAddonProvider {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Get an add-on provider with its plans and features
    ///
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}` (`getAddonProvider`)
    pub fn get(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
    ) -> crate::builders::GetAddonProvider<'_> {
        crate::builders::GetAddonProvider {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
        }
    }
    /// Update the public details of an add-on provider
    ///
    /// `PUT /v2/organisations/{id}/addonproviders/{providerId}` (`updateAddonProvider`)
    pub fn update(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
        body: crate::types::AddonProviderInfoInput,
    ) -> crate::builders::UpdateAddonProvider<'_> {
        crate::builders::UpdateAddonProvider {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
            body: Some(body),
        }
    }
    /// Delete an add-on provider
    ///
    /// `DELETE /v2/organisations/{id}/addonproviders/{providerId}` (`deleteAddonProvider`)
    pub fn delete(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
    ) -> crate::builders::DeleteAddonProvider<'_> {
        crate::builders::DeleteAddonProvider {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
        }
    }
    /// List the features of an add-on provider
    ///
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}/features` (`listAddonProviderFeatures`)
    pub fn list_features(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
    ) -> crate::builders::ListAddonProviderFeatures<'_> {
        crate::builders::ListAddonProviderFeatures {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
        }
    }
    /// Add a feature to an add-on provider
    ///
    /// `POST /v2/organisations/{id}/addonproviders/{providerId}/features` (`createAddonProviderFeature`)
    pub fn create_feature(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
        body: crate::types::AddonFeatureInput,
    ) -> crate::builders::CreateAddonProviderFeature<'_> {
        crate::builders::CreateAddonProviderFeature {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
            body: Some(body),
        }
    }
    /// Remove a feature from an add-on provider
    ///
    /// `DELETE /v2/organisations/{id}/addonproviders/{providerId}/features/{featureId}` (`deleteAddonProviderFeature`)
    pub fn delete_feature(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
        feature_id: impl Into<String>,
    ) -> crate::builders::DeleteAddonProviderFeature<'_> {
        crate::builders::DeleteAddonProviderFeature {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
            feature_id: feature_id.into(),
        }
    }
    /// List the plans of an add-on provider
    ///
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}/plans` (`listAddonProviderPlans`)
    pub fn list_plans(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
    ) -> crate::builders::ListAddonProviderPlans<'_> {
        crate::builders::ListAddonProviderPlans {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
        }
    }
    /// Add a plan to an add-on provider
    ///
    /// `POST /v2/organisations/{id}/addonproviders/{providerId}/plans` (`createAddonProviderPlan`)
    pub fn create_plan(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
        body: crate::types::AddonPlanInput,
    ) -> crate::builders::CreateAddonProviderPlan<'_> {
        crate::builders::CreateAddonProviderPlan {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
            body: Some(body),
        }
    }
    /// Get one plan of an add-on provider
    ///
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}` (`getAddonProviderPlan`)
    pub fn get_plan(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
        plan_id: impl Into<String>,
    ) -> crate::builders::GetAddonProviderPlan<'_> {
        crate::builders::GetAddonProviderPlan {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
            plan_id: plan_id.into(),
        }
    }
    /// Update one plan of an add-on provider
    ///
    /// `PUT /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}` (`updateAddonProviderPlan`)
    pub fn update_plan(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
        plan_id: impl Into<String>,
        body: crate::types::AddonPlanInput,
    ) -> crate::builders::UpdateAddonProviderPlan<'_> {
        crate::builders::UpdateAddonProviderPlan {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
            plan_id: plan_id.into(),
            body: Some(body),
        }
    }
    /// Delete one plan of an add-on provider
    ///
    /// `DELETE /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}` (`deleteAddonProviderPlan`)
    pub fn delete_plan(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
        plan_id: impl Into<String>,
    ) -> crate::builders::DeleteAddonProviderPlan<'_> {
        crate::builders::DeleteAddonProviderPlan {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
            plan_id: plan_id.into(),
        }
    }
    /// Set the value of a feature in a plan
    ///
    /// `PUT /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}/features/{featureName}` (`updateAddonProviderPlanFeature`)
    pub fn update_plan_feature(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
        plan_id: impl Into<String>,
        feature_name: impl Into<String>,
        body: crate::types::AddonPlanFeature,
    ) -> crate::builders::UpdateAddonProviderPlanFeature<'_> {
        crate::builders::UpdateAddonProviderPlanFeature {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
            plan_id: plan_id.into(),
            feature_name: feature_name.into(),
            body: Some(body),
        }
    }
    /// Remove a feature from a plan
    ///
    /// `DELETE /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}/features/{featureName}` (`deleteAddonProviderPlanFeature`)
    pub fn delete_plan_feature(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
        plan_id: impl Into<String>,
        feature_name: impl Into<String>,
    ) -> crate::builders::DeleteAddonProviderPlanFeature<'_> {
        crate::builders::DeleteAddonProviderPlanFeature {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
            plan_id: plan_id.into(),
            feature_name: feature_name.into(),
        }
    }
    /// Get single sign-on data for an add-on provider dashboard
    ///
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}/sso` (`getAddonProviderSsoData`)
    pub fn get_sso_data(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
    ) -> crate::builders::GetAddonProviderSsoData<'_> {
        crate::builders::GetAddonProviderSsoData {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
        }
    }
    /// List the tags of an add-on provider
    ///
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}/tags` (`listAddonProviderTags`)
    pub fn list_tags(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
    ) -> crate::builders::ListAddonProviderTags<'_> {
        crate::builders::ListAddonProviderTags {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
        }
    }
    /// Add a beta tester to an add-on provider
    ///
    /// `POST /v2/organisations/{id}/addonproviders/{providerId}/testers` (`addAddonProviderTester`)
    pub fn add_tester(
        &self,
        id: impl Into<String>,
        provider_id: impl Into<String>,
    ) -> crate::builders::AddAddonProviderTester<'_> {
        crate::builders::AddAddonProviderTester {
            client: self.client,
            id: id.into(),
            provider_id: provider_id.into(),
        }
    }
    /// List the instance sizes for Elasticsearch companion services
    ///
    /// `GET /v2/providers/es-addon/tmp/services-flavors` (`listElasticsearchServiceFlavors`)
    pub fn list_elasticsearch_service_flavors(
        &self,
    ) -> crate::builders::ListElasticsearchServiceFlavors<'_> {
        crate::builders::ListElasticsearchServiceFlavors {
            client: self.client,
        }
    }
    /// Get an add-on as seen by its provider
    ///
    /// `GET /v2/providers/{providerId}/{addonId}` (`getProviderAddon`)
    pub fn get_provider_addon(
        &self,
        provider_id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::GetProviderAddon<'_> {
        crate::builders::GetProviderAddon {
            client: self.client,
            provider_id: provider_id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// List the updates available for a Jenkins add-on
    ///
    /// `GET /v4/addon-providers/jenkins/addons/{addonId}/updates` (`listJenkinsUpdates`)
    pub fn list_jenkins_updates(
        &self,
        addon_id: impl Into<String>,
    ) -> crate::builders::ListJenkinsUpdates<'_> {
        crate::builders::ListJenkinsUpdates {
            client: self.client,
            addon_id: addon_id.into(),
        }
    }
    /// Get an add-on provider
    ///
    /// `GET /v4/addon-providers/{providerId}` (`getAddonProviderV4`)
    pub fn get_v4(
        &self,
        provider_id: impl Into<String>,
    ) -> crate::builders::GetAddonProviderV4<'_> {
        crate::builders::GetAddonProviderV4 {
            client: self.client,
            provider_id: provider_id.into(),
        }
    }
    /// Get an add-on through its provider
    ///
    /// `GET /v4/addon-providers/{providerId}/addons/{addonId}` (`getProviderAddonV4`)
    pub fn get_provider_addon_v4(
        &self,
        provider_id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::GetProviderAddonV4<'_> {
        crate::builders::GetProviderAddonV4 {
            client: self.client,
            provider_id: provider_id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// Get a cluster of an add-on provider
    ///
    /// `GET /v4/addon-providers/{providerId}/clusters/{clusterId}` (`getAddonProviderCluster`)
    pub fn get_cluster(
        &self,
        provider_id: impl Into<String>,
        cluster_id: impl Into<String>,
    ) -> crate::builders::GetAddonProviderCluster<'_> {
        crate::builders::GetAddonProviderCluster {
            client: self.client,
            provider_id: provider_id.into(),
            cluster_id: cluster_id.into(),
        }
    }
}
/// Add-ons (databases and other managed services) of a user or organisation.
#[derive(Debug, Clone, Copy)]
pub struct AddonsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> AddonsApi<'a> {
    /// List the add-ons of an organisation
    ///
    /// `GET /v2/organisations/{id}/addons` (`listOrganisationAddons`)
    pub fn list_organisation(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationAddons<'_> {
        crate::builders::ListOrganisationAddons {
            client: self.client,
            id: id.into(),
        }
    }
    /// Provision an add-on in an organisation
    ///
    /// `POST /v2/organisations/{id}/addons` (`createOrganisationAddon`)
    pub fn create_organisation(
        &self,
        id: impl Into<String>,
        body: crate::types::AddonProvisionRequest,
    ) -> crate::builders::CreateOrganisationAddon<'_> {
        crate::builders::CreateOrganisationAddon {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Preview the invoice of an add-on before provisioning it
    ///
    /// `POST /v2/organisations/{id}/addons/preorders` (`preorderOrganisationAddon`)
    pub fn preorder_organisation(
        &self,
        id: impl Into<String>,
        body: crate::types::AddonProvisionRequest,
    ) -> crate::builders::PreorderOrganisationAddon<'_> {
        crate::builders::PreorderOrganisationAddon {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Get an organisation add-on
    ///
    /// `GET /v2/organisations/{id}/addons/{addonId}` (`getOrganisationAddon`)
    pub fn get_organisation(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::GetOrganisationAddon<'_> {
        crate::builders::GetOrganisationAddon {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// Rename an organisation add-on
    ///
    /// `PUT /v2/organisations/{id}/addons/{addonId}` (`updateOrganisationAddon`)
    pub fn update_organisation(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
        body: crate::types::AddonProvisionRequest,
    ) -> crate::builders::UpdateOrganisationAddon<'_> {
        crate::builders::UpdateOrganisationAddon {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
            body: Some(body),
        }
    }
    /// Delete (deprovision) an organisation add-on
    ///
    /// `DELETE /v2/organisations/{id}/addons/{addonId}` (`deleteOrganisationAddon`)
    pub fn delete_organisation(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::DeleteOrganisationAddon<'_> {
        crate::builders::DeleteOrganisationAddon {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// List the applications linked to an add-on
    ///
    /// `GET /v2/organisations/{id}/addons/{addonId}/applications` (`listOrganisationAddonApplications`)
    pub fn list_organisation_applications(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationAddonApplications<'_> {
        crate::builders::ListOrganisationAddonApplications {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// List the plan migrations of an add-on
    ///
    /// `GET /v2/organisations/{id}/addons/{addonId}/migrations` (`listOrganisationAddonMigrations`)
    pub fn list_organisation_migrations(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationAddonMigrations<'_> {
        crate::builders::ListOrganisationAddonMigrations {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// Start moving an add-on to another plan, zone or version
    ///
    /// `POST /v2/organisations/{id}/addons/{addonId}/migrations` (`migrateOrganisationAddon`)
    pub fn migrate_organisation(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
        body: crate::types::AddonPlanChange,
    ) -> crate::builders::MigrateOrganisationAddon<'_> {
        crate::builders::MigrateOrganisationAddon {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
            body: Some(body),
        }
    }
    /// Preview the invoice of a plan migration
    ///
    /// `GET /v2/organisations/{id}/addons/{addonId}/migrations/preorders` (`preorderOrganisationAddonMigration`)
    pub fn preorder_organisation_migration(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::PreorderOrganisationAddonMigration<'_> {
        crate::builders::PreorderOrganisationAddonMigration {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
            plan_id: None,
        }
    }
    /// Get one plan migration of an add-on
    ///
    /// `GET /v2/organisations/{id}/addons/{addonId}/migrations/{migrationId}` (`getOrganisationAddonMigration`)
    pub fn get_organisation_migration(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
        migration_id: impl Into<String>,
    ) -> crate::builders::GetOrganisationAddonMigration<'_> {
        crate::builders::GetOrganisationAddonMigration {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
            migration_id: migration_id.into(),
        }
    }
    /// Abort a running plan migration of an add-on
    ///
    /// `DELETE /v2/organisations/{id}/addons/{addonId}/migrations/{migrationId}` (`abortOrganisationAddonMigration`)
    pub fn abort_organisation_migration(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
        migration_id: impl Into<String>,
    ) -> crate::builders::AbortOrganisationAddonMigration<'_> {
        crate::builders::AbortOrganisationAddonMigration {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
            migration_id: migration_id.into(),
        }
    }
    /// Get single sign-on data for an add-on dashboard
    ///
    /// `GET /v2/organisations/{id}/addons/{addonId}/sso` (`getOrganisationAddonSsoData`)
    pub fn get_organisation_sso_data(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::GetOrganisationAddonSsoData<'_> {
        crate::builders::GetOrganisationAddonSsoData {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// List the tags of an organisation add-on
    ///
    /// `GET /v2/organisations/{id}/addons/{addonId}/tags` (`listOrganisationAddonTags`)
    pub fn list_organisation_tags(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationAddonTags<'_> {
        crate::builders::ListOrganisationAddonTags {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// Replace all tags of an organisation add-on
    ///
    /// `PUT /v2/organisations/{id}/addons/{addonId}/tags` (`replaceOrganisationAddonTags`)
    pub fn replace_organisation_tags(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
        body: crate::types::TagList,
    ) -> crate::builders::ReplaceOrganisationAddonTags<'_> {
        crate::builders::ReplaceOrganisationAddonTags {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
            body: Some(body),
        }
    }
    /// Add a tag to an organisation add-on
    ///
    /// `PUT /v2/organisations/{id}/addons/{addonId}/tags/{tag}` (`addOrganisationAddonTag`)
    pub fn add_organisation_tag(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
        tag: impl Into<String>,
    ) -> crate::builders::AddOrganisationAddonTag<'_> {
        crate::builders::AddOrganisationAddonTag {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
            tag: tag.into(),
        }
    }
    /// Remove a tag from an organisation add-on
    ///
    /// `DELETE /v2/organisations/{id}/addons/{addonId}/tags/{tag}` (`removeOrganisationAddonTag`)
    pub fn remove_organisation_tag(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
        tag: impl Into<String>,
    ) -> crate::builders::RemoveOrganisationAddonTag<'_> {
        crate::builders::RemoveOrganisationAddonTag {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
            tag: tag.into(),
        }
    }
    /// List the personal add-ons of the current user
    ///
    /// `GET /v2/self/addons` (`listSelfAddons`)
    pub fn list_self(&self) -> crate::builders::ListSelfAddons<'_> {
        crate::builders::ListSelfAddons {
            client: self.client,
        }
    }
    /// Provision a personal add-on
    ///
    /// `POST /v2/self/addons` (`createSelfAddon`)
    pub fn create_self(
        &self,
        body: crate::types::AddonProvisionRequest,
    ) -> crate::builders::CreateSelfAddon<'_> {
        crate::builders::CreateSelfAddon {
            client: self.client,
            body: Some(body),
        }
    }
    /// Preview the invoice of a personal add-on before provisioning it
    ///
    /// `POST /v2/self/addons/preorders` (`preorderSelfAddon`)
    pub fn preorder_self(
        &self,
        body: crate::types::AddonProvisionRequest,
    ) -> crate::builders::PreorderSelfAddon<'_> {
        crate::builders::PreorderSelfAddon {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get a personal add-on
    ///
    /// `GET /v2/self/addons/{addonId}` (`getSelfAddon`)
    pub fn get_self(
        &self,
        addon_id: impl Into<String>,
    ) -> crate::builders::GetSelfAddon<'_> {
        crate::builders::GetSelfAddon {
            client: self.client,
            addon_id: addon_id.into(),
        }
    }
    /// Rename a personal add-on
    ///
    /// `PUT /v2/self/addons/{addonId}` (`updateSelfAddon`)
    pub fn update_self(
        &self,
        addon_id: impl Into<String>,
        body: crate::types::AddonProvisionRequest,
    ) -> crate::builders::UpdateSelfAddon<'_> {
        crate::builders::UpdateSelfAddon {
            client: self.client,
            addon_id: addon_id.into(),
            body: Some(body),
        }
    }
    /// Delete (deprovision) a personal add-on
    ///
    /// `DELETE /v2/self/addons/{addonId}` (`deleteSelfAddon`)
    pub fn delete_self(
        &self,
        addon_id: impl Into<String>,
    ) -> crate::builders::DeleteSelfAddon<'_> {
        crate::builders::DeleteSelfAddon {
            client: self.client,
            addon_id: addon_id.into(),
        }
    }
    /// List the applications linked to a personal add-on
    ///
    /// `GET /v2/self/addons/{addonId}/applications` (`listSelfAddonApplications`)
    pub fn list_self_applications(
        &self,
        addon_id: impl Into<String>,
    ) -> crate::builders::ListSelfAddonApplications<'_> {
        crate::builders::ListSelfAddonApplications {
            client: self.client,
            addon_id: addon_id.into(),
        }
    }
    /// Move a personal add-on to another plan
    ///
    /// `PUT /v2/self/addons/{addonId}/plan` (`changeSelfAddonPlan`)
    pub fn change_self_plan(
        &self,
        addon_id: impl Into<String>,
        body: crate::types::AddonPlanChange,
    ) -> crate::builders::ChangeSelfAddonPlan<'_> {
        crate::builders::ChangeSelfAddonPlan {
            client: self.client,
            addon_id: addon_id.into(),
            body: Some(body),
        }
    }
    /// Get single sign-on data for a personal add-on dashboard
    ///
    /// `GET /v2/self/addons/{addonId}/sso` (`getSelfAddonSsoData`)
    pub fn get_self_sso_data(
        &self,
        addon_id: impl Into<String>,
    ) -> crate::builders::GetSelfAddonSsoData<'_> {
        crate::builders::GetSelfAddonSsoData {
            client: self.client,
            addon_id: addon_id.into(),
        }
    }
    /// List the tags of a personal add-on
    ///
    /// `GET /v2/self/addons/{addonId}/tags` (`listSelfAddonTags`)
    pub fn list_self_tags(
        &self,
        addon_id: impl Into<String>,
    ) -> crate::builders::ListSelfAddonTags<'_> {
        crate::builders::ListSelfAddonTags {
            client: self.client,
            addon_id: addon_id.into(),
        }
    }
    /// Add a tag to a personal add-on
    ///
    /// `PUT /v2/self/addons/{addonId}/tags/{tag}` (`addSelfAddonTag`)
    pub fn add_self_tag(
        &self,
        addon_id: impl Into<String>,
        tag: impl Into<String>,
    ) -> crate::builders::AddSelfAddonTag<'_> {
        crate::builders::AddSelfAddonTag {
            client: self.client,
            addon_id: addon_id.into(),
            tag: tag.into(),
        }
    }
    /// Remove a tag from a personal add-on
    ///
    /// `DELETE /v2/self/addons/{addonId}/tags/{tag}` (`removeSelfAddonTag`)
    pub fn remove_self_tag(
        &self,
        addon_id: impl Into<String>,
        tag: impl Into<String>,
    ) -> crate::builders::RemoveSelfAddonTag<'_> {
        crate::builders::RemoveSelfAddonTag {
            client: self.client,
            addon_id: addon_id.into(),
            tag: tag.into(),
        }
    }
}
/// Running instances (virtual machines) of applications and add-ons.
#[derive(Debug, Clone, Copy)]
pub struct InstancesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> InstancesApi<'a> {
    /// List the instances of an add-on
    ///
    /// `GET /v2/organisations/{id}/addons/{addonId}/instances` (`listOrganisationAddonInstances`)
    pub fn list_organisation_addon(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationAddonInstances<'_> {
        crate::builders::ListOrganisationAddonInstances {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
            deployment_id: None,
            with_deleted: None,
        }
    }
    /// Get one instance of an add-on
    ///
    /// `GET /v2/organisations/{id}/addons/{addonId}/instances/{instanceId}` (`getOrganisationAddonInstance`)
    pub fn get_organisation_addon(
        &self,
        id: impl Into<String>,
        addon_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> crate::builders::GetOrganisationAddonInstance<'_> {
        crate::builders::GetOrganisationAddonInstance {
            client: self.client,
            id: id.into(),
            addon_id: addon_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// List the instances of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/instances` (`listOrganisationApplicationInstances`)
    pub fn list_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationInstances<'_> {
        crate::builders::ListOrganisationApplicationInstances {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            deployment_id: None,
            with_deleted: None,
        }
    }
    /// Get one instance of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/instances/{instanceId}` (`getOrganisationApplicationInstance`)
    pub fn get_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> crate::builders::GetOrganisationApplicationInstance<'_> {
        crate::builders::GetOrganisationApplicationInstance {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// List running instances across an organisation
    ///
    /// `GET /v2/organisations/{id}/instances` (`listOrganisationInstances`)
    pub fn list_organisation(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationInstances<'_> {
        crate::builders::ListOrganisationInstances {
            client: self.client,
            id: id.into(),
        }
    }
    /// List the instances of a personal application
    ///
    /// `GET /v2/self/applications/{appId}/instances` (`listSelfApplicationInstances`)
    pub fn list_self_application(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationInstances<'_> {
        crate::builders::ListSelfApplicationInstances {
            client: self.client,
            app_id: app_id.into(),
            deployment_id: None,
            with_deleted: None,
        }
    }
    /// Get one instance of a personal application
    ///
    /// `GET /v2/self/applications/{appId}/instances/{instanceId}` (`getSelfApplicationInstance`)
    pub fn get_self_application(
        &self,
        app_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> crate::builders::GetSelfApplicationInstance<'_> {
        crate::builders::GetSelfApplicationInstance {
            client: self.client,
            app_id: app_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// List running instances across the current user's applications
    ///
    /// `GET /v2/self/instances` (`listSelfInstances`)
    pub fn list_self(&self) -> crate::builders::ListSelfInstances<'_> {
        crate::builders::ListSelfInstances {
            client: self.client,
        }
    }
    /// List the instances of an application (v4)
    ///
    /// `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/instances` (`listApplicationInstancesV4`)
    pub fn list_application_v4(
        &self,
        owner_id: impl Into<String>,
        application_id: impl Into<String>,
    ) -> crate::builders::ListApplicationInstancesV4<'_> {
        crate::builders::ListApplicationInstancesV4 {
            client: self.client,
            owner_id: owner_id.into(),
            application_id: application_id.into(),
            exclude_state: None,
            include_state: None,
            limit: None,
            order: None,
            since: None,
            until: None,
            deployment_id: None,
        }
    }
    /// Get one instance of an application (v4)
    ///
    /// `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/instances/{instanceId}` (`getApplicationInstanceV4`)
    pub fn get_application_v4(
        &self,
        owner_id: impl Into<String>,
        application_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> crate::builders::GetApplicationInstanceV4<'_> {
        crate::builders::GetApplicationInstanceV4 {
            client: self.client,
            owner_id: owner_id.into(),
            application_id: application_id.into(),
            instance_id: instance_id.into(),
        }
    }
}
/// Applications of a user or organisation: create, update, delete, tag, link add-ons and declare dependencies.
#[derive(Debug, Clone, Copy)]
pub struct ApplicationsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> ApplicationsApi<'a> {
    /// List the applications of an organisation
    ///
    /// `GET /v2/organisations/{id}/applications` (`listOrganisationApplications`)
    pub fn list_organisation(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplications<'_> {
        crate::builders::ListOrganisationApplications {
            client: self.client,
            id: id.into(),
            instance_id: None,
        }
    }
    /// Create an application in an organisation
    ///
    /// `POST /v2/organisations/{id}/applications` (`createOrganisationApplication`)
    pub fn create_organisation(
        &self,
        id: impl Into<String>,
        body: crate::types::ApplicationInput,
    ) -> crate::builders::CreateOrganisationApplication<'_> {
        crate::builders::CreateOrganisationApplication {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Get an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}` (`getOrganisationApplication`)
    pub fn get_organisation(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::GetOrganisationApplication<'_> {
        crate::builders::GetOrganisationApplication {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Update an application
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}` (`updateOrganisationApplication`)
    pub fn update_organisation(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        body: crate::types::ApplicationInput,
    ) -> crate::builders::UpdateOrganisationApplication<'_> {
        crate::builders::UpdateOrganisationApplication {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Delete an application
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}` (`deleteOrganisationApplication`)
    pub fn delete_organisation(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::DeleteOrganisationApplication<'_> {
        crate::builders::DeleteOrganisationApplication {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// List the add-ons linked to an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/addons` (`listOrganisationApplicationAddons`)
    pub fn list_organisation_addons(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationAddons<'_> {
        crate::builders::ListOrganisationApplicationAddons {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Link an add-on to an application
    ///
    /// `POST /v2/organisations/{id}/applications/{appId}/addons` (`linkOrganisationApplicationAddon`)
    pub fn link_organisation_addon(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        body: crate::types::AddonIdBody,
    ) -> crate::builders::LinkOrganisationApplicationAddon<'_> {
        crate::builders::LinkOrganisationApplicationAddon {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Unlink an add-on from an application
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}/addons/{addonId}` (`unlinkOrganisationApplicationAddon`)
    pub fn unlink_organisation_addon(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::UnlinkOrganisationApplicationAddon<'_> {
        crate::builders::UnlinkOrganisationApplicationAddon {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// List the applications an application depends on
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/dependencies` (`listOrganisationApplicationDependencies`)
    pub fn list_organisation_dependencies(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationDependencies<'_> {
        crate::builders::ListOrganisationApplicationDependencies {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Make an application depend on another one
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}/dependencies/{dependencyId}` (`addOrganisationApplicationDependency`)
    pub fn add_organisation_dependency(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        dependency_id: impl Into<String>,
    ) -> crate::builders::AddOrganisationApplicationDependency<'_> {
        crate::builders::AddOrganisationApplicationDependency {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            dependency_id: dependency_id.into(),
        }
    }
    /// Remove a dependency between two applications
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}/dependencies/{dependencyId}` (`removeOrganisationApplicationDependency`)
    pub fn remove_organisation_dependency(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        dependency_id: impl Into<String>,
    ) -> crate::builders::RemoveOrganisationApplicationDependency<'_> {
        crate::builders::RemoveOrganisationApplicationDependency {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            dependency_id: dependency_id.into(),
        }
    }
    /// List the applications that depend on an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/dependents` (`listOrganisationApplicationDependents`)
    pub fn list_organisation_dependents(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationDependents<'_> {
        crate::builders::ListOrganisationApplicationDependents {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// List the tags of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/tags` (`listOrganisationApplicationTags`)
    pub fn list_organisation_tags(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationTags<'_> {
        crate::builders::ListOrganisationApplicationTags {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Replace all tags of an application
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}/tags` (`replaceOrganisationApplicationTags`)
    pub fn replace_organisation_tags(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        body: crate::types::TagList,
    ) -> crate::builders::ReplaceOrganisationApplicationTags<'_> {
        crate::builders::ReplaceOrganisationApplicationTags {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Add a tag to an application
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}/tags/{tag}` (`addOrganisationApplicationTag`)
    pub fn add_organisation_tag(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        tag: impl Into<String>,
    ) -> crate::builders::AddOrganisationApplicationTag<'_> {
        crate::builders::AddOrganisationApplicationTag {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            tag: tag.into(),
        }
    }
    /// Remove a tag from an application
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}/tags/{tag}` (`removeOrganisationApplicationTag`)
    pub fn remove_organisation_tag(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        tag: impl Into<String>,
    ) -> crate::builders::RemoveOrganisationApplicationTag<'_> {
        crate::builders::RemoveOrganisationApplicationTag {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            tag: tag.into(),
        }
    }
    /// List the personal applications of the current user
    ///
    /// `GET /v2/self/applications` (`listSelfApplications`)
    pub fn list_self(&self) -> crate::builders::ListSelfApplications<'_> {
        crate::builders::ListSelfApplications {
            client: self.client,
        }
    }
    /// Create a personal application
    ///
    /// `POST /v2/self/applications` (`createSelfApplication`)
    pub fn create_self(
        &self,
        body: crate::types::ApplicationInput,
    ) -> crate::builders::CreateSelfApplication<'_> {
        crate::builders::CreateSelfApplication {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get a personal application
    ///
    /// `GET /v2/self/applications/{appId}` (`getSelfApplication`)
    pub fn get_self(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::GetSelfApplication<'_> {
        crate::builders::GetSelfApplication {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Update a personal application
    ///
    /// `PUT /v2/self/applications/{appId}` (`updateSelfApplication`)
    pub fn update_self(
        &self,
        app_id: impl Into<String>,
        body: crate::types::ApplicationInput,
    ) -> crate::builders::UpdateSelfApplication<'_> {
        crate::builders::UpdateSelfApplication {
            client: self.client,
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Delete a personal application
    ///
    /// `DELETE /v2/self/applications/{appId}` (`deleteSelfApplication`)
    pub fn delete_self(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::DeleteSelfApplication<'_> {
        crate::builders::DeleteSelfApplication {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// List the add-ons linked to a personal application
    ///
    /// `GET /v2/self/applications/{appId}/addons` (`listSelfApplicationAddons`)
    pub fn list_self_addons(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationAddons<'_> {
        crate::builders::ListSelfApplicationAddons {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Link an add-on to a personal application
    ///
    /// `POST /v2/self/applications/{appId}/addons` (`linkSelfApplicationAddon`)
    pub fn link_self_addon(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::LinkSelfApplicationAddon<'_> {
        crate::builders::LinkSelfApplicationAddon {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Unlink an add-on from a personal application
    ///
    /// `DELETE /v2/self/applications/{appId}/addons/{addonId}` (`unlinkSelfApplicationAddon`)
    pub fn unlink_self_addon(
        &self,
        app_id: impl Into<String>,
        addon_id: impl Into<String>,
    ) -> crate::builders::UnlinkSelfApplicationAddon<'_> {
        crate::builders::UnlinkSelfApplicationAddon {
            client: self.client,
            app_id: app_id.into(),
            addon_id: addon_id.into(),
        }
    }
    /// List the applications a personal application depends on
    ///
    /// `GET /v2/self/applications/{appId}/dependencies` (`listSelfApplicationDependencies`)
    pub fn list_self_dependencies(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationDependencies<'_> {
        crate::builders::ListSelfApplicationDependencies {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Make a personal application depend on another one
    ///
    /// `PUT /v2/self/applications/{appId}/dependencies/{dependencyId}` (`addSelfApplicationDependency`)
    pub fn add_self_dependency(
        &self,
        app_id: impl Into<String>,
        dependency_id: impl Into<String>,
    ) -> crate::builders::AddSelfApplicationDependency<'_> {
        crate::builders::AddSelfApplicationDependency {
            client: self.client,
            app_id: app_id.into(),
            dependency_id: dependency_id.into(),
        }
    }
    /// Remove a dependency between two personal applications
    ///
    /// `DELETE /v2/self/applications/{appId}/dependencies/{dependencyId}` (`removeSelfApplicationDependency`)
    pub fn remove_self_dependency(
        &self,
        app_id: impl Into<String>,
        dependency_id: impl Into<String>,
    ) -> crate::builders::RemoveSelfApplicationDependency<'_> {
        crate::builders::RemoveSelfApplicationDependency {
            client: self.client,
            app_id: app_id.into(),
            dependency_id: dependency_id.into(),
        }
    }
    /// List the applications that depend on a personal application
    ///
    /// `GET /v2/self/applications/{appId}/dependents` (`listSelfApplicationDependents`)
    pub fn list_self_dependents(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationDependents<'_> {
        crate::builders::ListSelfApplicationDependents {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// List the tags of a personal application
    ///
    /// `GET /v2/self/applications/{appId}/tags` (`listSelfApplicationTags`)
    pub fn list_self_tags(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationTags<'_> {
        crate::builders::ListSelfApplicationTags {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Add a tag to a personal application
    ///
    /// `PUT /v2/self/applications/{appId}/tags/{tag}` (`addSelfApplicationTag`)
    pub fn add_self_tag(
        &self,
        app_id: impl Into<String>,
        tag: impl Into<String>,
    ) -> crate::builders::AddSelfApplicationTag<'_> {
        crate::builders::AddSelfApplicationTag {
            client: self.client,
            app_id: app_id.into(),
            tag: tag.into(),
        }
    }
    /// Remove a tag from a personal application
    ///
    /// `DELETE /v2/self/applications/{appId}/tags/{tag}` (`removeSelfApplicationTag`)
    pub fn remove_self_tag(
        &self,
        app_id: impl Into<String>,
        tag: impl Into<String>,
    ) -> crate::builders::RemoveSelfApplicationTag<'_> {
        crate::builders::RemoveSelfApplicationTag {
            client: self.client,
            app_id: app_id.into(),
            tag: tag.into(),
        }
    }
}
/// Git branches of an application and which one gets deployed.
#[derive(Debug, Clone, Copy)]
pub struct BranchesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> BranchesApi<'a> {
    /// Choose the git branch an application deploys
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}/branch` (`setOrganisationApplicationBranch`)
    pub fn set_organisation_application_branch(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        body: crate::types::BranchInput,
    ) -> crate::builders::SetOrganisationApplicationBranch<'_> {
        crate::builders::SetOrganisationApplicationBranch {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// List the git branches of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/branches` (`listOrganisationApplicationBranches`)
    pub fn list_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationBranches<'_> {
        crate::builders::ListOrganisationApplicationBranches {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Choose the git branch a personal application deploys
    ///
    /// `PUT /v2/self/applications/{appId}/branch` (`setSelfApplicationBranch`)
    pub fn set_self_application_branch(
        &self,
        app_id: impl Into<String>,
        body: crate::types::BranchInput,
    ) -> crate::builders::SetSelfApplicationBranch<'_> {
        crate::builders::SetSelfApplicationBranch {
            client: self.client,
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// List the git branches of a personal application
    ///
    /// `GET /v2/self/applications/{appId}/branches` (`listSelfApplicationBranches`)
    pub fn list_self_application(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationBranches<'_> {
        crate::builders::ListSelfApplicationBranches {
            client: self.client,
            app_id: app_id.into(),
        }
    }
}
/// Sizing settings of applications, such as the instance size used for builds.
#[derive(Debug, Clone, Copy)]
pub struct ScalabilityApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> ScalabilityApi<'a> {
    /// Choose the instance size used to build an application
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}/buildflavor` (`setOrganisationApplicationBuildFlavor`)
    pub fn set_organisation_application_build_flavor(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        body: crate::types::BuildFlavorInput,
    ) -> crate::builders::SetOrganisationApplicationBuildFlavor<'_> {
        crate::builders::SetOrganisationApplicationBuildFlavor {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Choose the instance size used to build a personal application
    ///
    /// `PUT /v2/self/applications/{appId}/buildflavor` (`setSelfApplicationBuildFlavor`)
    pub fn set_self_application_build_flavor(
        &self,
        app_id: impl Into<String>,
        body: crate::types::BuildFlavorInput,
    ) -> crate::builders::SetSelfApplicationBuildFlavor<'_> {
        crate::builders::SetSelfApplicationBuildFlavor {
            client: self.client,
            app_id: app_id.into(),
            body: Some(body),
        }
    }
}
/// Deployments: start, stop, cancel and look back at them.
#[derive(Debug, Clone, Copy)]
pub struct DeploymentsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> DeploymentsApi<'a> {
    /// List the deployments of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/deployments` (`listOrganisationApplicationDeployments`)
    pub fn list_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationDeployments<'_> {
        crate::builders::ListOrganisationApplicationDeployments {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            limit: None,
            offset: None,
            action: None,
        }
    }
    /// Get one deployment of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/deployments/{deploymentId}` (`getOrganisationApplicationDeployment`)
    pub fn get_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        deployment_id: impl Into<String>,
    ) -> crate::builders::GetOrganisationApplicationDeployment<'_> {
        crate::builders::GetOrganisationApplicationDeployment {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            deployment_id: deployment_id.into(),
        }
    }
    /// Cancel a deployment in progress
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}/deployments/{deploymentId}/instances` (`cancelOrganisationApplicationDeployment`)
    pub fn cancel_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        deployment_id: impl Into<String>,
    ) -> crate::builders::CancelOrganisationApplicationDeployment<'_> {
        crate::builders::CancelOrganisationApplicationDeployment {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            deployment_id: deployment_id.into(),
        }
    }
    /// Deploy or redeploy an application
    ///
    /// Starts a new deployment. Pass `commit` to deploy a given commit and `useCache` to reuse the build cache.
    ///
    /// `POST /v2/organisations/{id}/applications/{appId}/instances` (`redeployOrganisationApplication`)
    pub fn redeploy_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::RedeployOrganisationApplication<'_> {
        crate::builders::RedeployOrganisationApplication {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            commit: None,
            use_cache: None,
        }
    }
    /// Stop every instance of an application
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}/instances` (`stopOrganisationApplication`)
    pub fn stop_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::StopOrganisationApplication<'_> {
        crate::builders::StopOrganisationApplication {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// List recent deployments across an organisation
    ///
    /// `GET /v2/organisations/{id}/deployments` (`listOrganisationDeployments`)
    pub fn list_organisation(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationDeployments<'_> {
        crate::builders::ListOrganisationDeployments {
            client: self.client,
            id: id.into(),
            limit: None,
        }
    }
    /// List the deployments of a personal application
    ///
    /// `GET /v2/self/applications/{appId}/deployments` (`listSelfApplicationDeployments`)
    pub fn list_self_application(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationDeployments<'_> {
        crate::builders::ListSelfApplicationDeployments {
            client: self.client,
            app_id: app_id.into(),
            limit: None,
            offset: None,
            action: None,
        }
    }
    /// Get one deployment of a personal application
    ///
    /// `GET /v2/self/applications/{appId}/deployments/{deploymentId}` (`getSelfApplicationDeployment`)
    pub fn get_self_application(
        &self,
        app_id: impl Into<String>,
        deployment_id: impl Into<String>,
    ) -> crate::builders::GetSelfApplicationDeployment<'_> {
        crate::builders::GetSelfApplicationDeployment {
            client: self.client,
            app_id: app_id.into(),
            deployment_id: deployment_id.into(),
        }
    }
    /// Cancel a deployment in progress of a personal application
    ///
    /// `DELETE /v2/self/applications/{appId}/deployments/{deploymentId}/instances` (`cancelSelfApplicationDeployment`)
    pub fn cancel_self_application(
        &self,
        app_id: impl Into<String>,
        deployment_id: impl Into<String>,
    ) -> crate::builders::CancelSelfApplicationDeployment<'_> {
        crate::builders::CancelSelfApplicationDeployment {
            client: self.client,
            app_id: app_id.into(),
            deployment_id: deployment_id.into(),
        }
    }
    /// Deploy or redeploy a personal application
    ///
    /// Starts a new deployment. Pass `commit` to deploy a given commit and `useCache` to reuse the build cache.
    ///
    /// `POST /v2/self/applications/{appId}/instances` (`redeploySelfApplication`)
    pub fn redeploy_self_application(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::RedeploySelfApplication<'_> {
        crate::builders::RedeploySelfApplication {
            client: self.client,
            app_id: app_id.into(),
            commit: None,
            use_cache: None,
        }
    }
    /// Stop every instance of a personal application
    ///
    /// `DELETE /v2/self/applications/{appId}/instances` (`stopSelfApplication`)
    pub fn stop_self_application(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::StopSelfApplication<'_> {
        crate::builders::StopSelfApplication {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// List the deployments of an application (v4)
    ///
    /// `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/deployments` (`listApplicationDeploymentsV4`)
    pub fn list_application_v4(
        &self,
        owner_id: impl Into<String>,
        application_id: impl Into<String>,
    ) -> crate::builders::ListApplicationDeploymentsV4<'_> {
        crate::builders::ListApplicationDeploymentsV4 {
            client: self.client,
            owner_id: owner_id.into(),
            application_id: application_id.into(),
            action: None,
            include_application_configuration: None,
            limit: None,
            order: None,
        }
    }
    /// Get one deployment of an application (v4)
    ///
    /// `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/deployments/{deploymentId}` (`getApplicationDeploymentV4`)
    pub fn get_application_v4(
        &self,
        owner_id: impl Into<String>,
        application_id: impl Into<String>,
        deployment_id: impl Into<String>,
    ) -> crate::builders::GetApplicationDeploymentV4<'_> {
        crate::builders::GetApplicationDeploymentV4 {
            client: self.client,
            owner_id: owner_id.into(),
            application_id: application_id.into(),
            deployment_id: deployment_id.into(),
            include_application_configuration: None,
        }
    }
}
/// TCP and UDP port redirections into applications, and the namespaces they live in.
#[derive(Debug, Clone, Copy)]
pub struct RedirectionsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> RedirectionsApi<'a> {
    /// List the TCP redirections of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/tcpRedirs` (`listOrganisationApplicationTcpRedirections`)
    pub fn list_organisation_application_tcp(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationTcpRedirections<'_> {
        crate::builders::ListOrganisationApplicationTcpRedirections {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Open a TCP redirection to an application
    ///
    /// `POST /v2/organisations/{id}/applications/{appId}/tcpRedirs` (`createOrganisationApplicationTcpRedirection`)
    pub fn create_organisation_application_tcp(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        body: crate::types::RedirectionRequest,
    ) -> crate::builders::CreateOrganisationApplicationTcpRedirection<'_> {
        crate::builders::CreateOrganisationApplicationTcpRedirection {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Close a TCP redirection
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}/tcpRedirs/{sourcePort}` (`deleteOrganisationApplicationTcpRedirection`)
    pub fn delete_organisation_application_tcp(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        source_port: i64,
    ) -> crate::builders::DeleteOrganisationApplicationTcpRedirection<'_> {
        crate::builders::DeleteOrganisationApplicationTcpRedirection {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            source_port,
            namespace: None,
        }
    }
    /// List the UDP redirections of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/udpRedirs` (`listOrganisationApplicationUdpRedirections`)
    pub fn list_organisation_application_udp(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationUdpRedirections<'_> {
        crate::builders::ListOrganisationApplicationUdpRedirections {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Open a UDP redirection to an application
    ///
    /// `POST /v2/organisations/{id}/applications/{appId}/udpRedirs` (`createOrganisationApplicationUdpRedirection`)
    pub fn create_organisation_application_udp(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        body: crate::types::RedirectionRequest,
    ) -> crate::builders::CreateOrganisationApplicationUdpRedirection<'_> {
        crate::builders::CreateOrganisationApplicationUdpRedirection {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Close a UDP redirection
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}/udpRedirs/{sourcePort}` (`deleteOrganisationApplicationUdpRedirection`)
    pub fn delete_organisation_application_udp(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        source_port: i64,
    ) -> crate::builders::DeleteOrganisationApplicationUdpRedirection<'_> {
        crate::builders::DeleteOrganisationApplicationUdpRedirection {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            source_port,
            namespace: None,
        }
    }
    /// List the TCP/UDP redirection namespaces available to an organisation
    ///
    /// `GET /v2/organisations/{id}/namespaces` (`listOrganisationNamespaces`)
    pub fn list_organisation_namespaces(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationNamespaces<'_> {
        crate::builders::ListOrganisationNamespaces {
            client: self.client,
            id: id.into(),
        }
    }
}
/// Domain names (virtual hosts) routed to an application, and which one is primary.
#[derive(Debug, Clone, Copy)]
pub struct DomainsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> DomainsApi<'a> {
    /// List the domain names of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/vhosts` (`listOrganisationApplicationDomains`)
    pub fn list_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::ListOrganisationApplicationDomains<'_> {
        crate::builders::ListOrganisationApplicationDomains {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Get the primary domain of an application
    ///
    /// `GET /v2/organisations/{id}/applications/{appId}/vhosts/favourite` (`getOrganisationApplicationFavouriteDomain`)
    pub fn get_organisation_application_favourite(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::GetOrganisationApplicationFavouriteDomain<'_> {
        crate::builders::GetOrganisationApplicationFavouriteDomain {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Choose the primary domain of an application
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}/vhosts/favourite` (`setOrganisationApplicationFavouriteDomain`)
    pub fn set_organisation_application_favourite(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        body: crate::types::Domain,
    ) -> crate::builders::SetOrganisationApplicationFavouriteDomain<'_> {
        crate::builders::SetOrganisationApplicationFavouriteDomain {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Clear the primary domain of an application
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}/vhosts/favourite` (`unsetOrganisationApplicationFavouriteDomain`)
    pub fn unset_organisation_application_favourite(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::UnsetOrganisationApplicationFavouriteDomain<'_> {
        crate::builders::UnsetOrganisationApplicationFavouriteDomain {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
        }
    }
    /// Attach a domain name to an application
    ///
    /// `PUT /v2/organisations/{id}/applications/{appId}/vhosts/{domain}` (`addOrganisationApplicationDomain`)
    pub fn add_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        domain: impl Into<String>,
    ) -> crate::builders::AddOrganisationApplicationDomain<'_> {
        crate::builders::AddOrganisationApplicationDomain {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            domain: domain.into(),
        }
    }
    /// Detach a domain name from an application
    ///
    /// `DELETE /v2/organisations/{id}/applications/{appId}/vhosts/{domain}` (`removeOrganisationApplicationDomain`)
    pub fn remove_organisation_application(
        &self,
        id: impl Into<String>,
        app_id: impl Into<String>,
        domain: impl Into<String>,
    ) -> crate::builders::RemoveOrganisationApplicationDomain<'_> {
        crate::builders::RemoveOrganisationApplicationDomain {
            client: self.client,
            id: id.into(),
            app_id: app_id.into(),
            domain: domain.into(),
        }
    }
    /// List the domain names of a personal application
    ///
    /// `GET /v2/self/applications/{appId}/vhosts` (`listSelfApplicationDomains`)
    pub fn list_self_application(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::ListSelfApplicationDomains<'_> {
        crate::builders::ListSelfApplicationDomains {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Get the primary domain of a personal application
    ///
    /// `GET /v2/self/applications/{appId}/vhosts/favourite` (`getSelfApplicationFavouriteDomain`)
    pub fn get_self_application_favourite(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::GetSelfApplicationFavouriteDomain<'_> {
        crate::builders::GetSelfApplicationFavouriteDomain {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Choose the primary domain of a personal application
    ///
    /// `PUT /v2/self/applications/{appId}/vhosts/favourite` (`setSelfApplicationFavouriteDomain`)
    pub fn set_self_application_favourite(
        &self,
        app_id: impl Into<String>,
        body: crate::types::Domain,
    ) -> crate::builders::SetSelfApplicationFavouriteDomain<'_> {
        crate::builders::SetSelfApplicationFavouriteDomain {
            client: self.client,
            app_id: app_id.into(),
            body: Some(body),
        }
    }
    /// Clear the primary domain of a personal application
    ///
    /// `DELETE /v2/self/applications/{appId}/vhosts/favourite` (`unsetSelfApplicationFavouriteDomain`)
    pub fn unset_self_application_favourite(
        &self,
        app_id: impl Into<String>,
    ) -> crate::builders::UnsetSelfApplicationFavouriteDomain<'_> {
        crate::builders::UnsetSelfApplicationFavouriteDomain {
            client: self.client,
            app_id: app_id.into(),
        }
    }
    /// Attach a domain name to a personal application
    ///
    /// `PUT /v2/self/applications/{appId}/vhosts/{domain}` (`addSelfApplicationDomain`)
    pub fn add_self_application(
        &self,
        app_id: impl Into<String>,
        domain: impl Into<String>,
    ) -> crate::builders::AddSelfApplicationDomain<'_> {
        crate::builders::AddSelfApplicationDomain {
            client: self.client,
            app_id: app_id.into(),
            domain: domain.into(),
        }
    }
    /// Detach a domain name from a personal application
    ///
    /// `DELETE /v2/self/applications/{appId}/vhosts/{domain}` (`removeSelfApplicationDomain`)
    pub fn remove_self_application(
        &self,
        app_id: impl Into<String>,
        domain: impl Into<String>,
    ) -> crate::builders::RemoveSelfApplicationDomain<'_> {
        crate::builders::RemoveSelfApplicationDomain {
            client: self.client,
            app_id: app_id.into(),
            domain: domain.into(),
        }
    }
}
/// OAuth consumers: third-party applications registered to use the API on behalf of users.
#[derive(Debug, Clone, Copy)]
pub struct OauthConsumersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> OauthConsumersApi<'a> {
    /// List the OAuth consumers of an organisation
    ///
    /// `GET /v2/organisations/{id}/consumers` (`listOrganisationConsumers`)
    pub fn list_organisation_consumers(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationConsumers<'_> {
        crate::builders::ListOrganisationConsumers {
            client: self.client,
            id: id.into(),
        }
    }
    /// Register an OAuth consumer in an organisation
    ///
    /// `POST /v2/organisations/{id}/consumers` (`createOrganisationConsumer`)
    pub fn create_organisation_consumer(
        &self,
        id: impl Into<String>,
        body: crate::types::OauthConsumerInput,
    ) -> crate::builders::CreateOrganisationConsumer<'_> {
        crate::builders::CreateOrganisationConsumer {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Get an OAuth consumer of an organisation
    ///
    /// `GET /v2/organisations/{id}/consumers/{key}` (`getOrganisationConsumer`)
    pub fn get_organisation_consumer(
        &self,
        id: impl Into<String>,
        key: impl Into<String>,
    ) -> crate::builders::GetOrganisationConsumer<'_> {
        crate::builders::GetOrganisationConsumer {
            client: self.client,
            id: id.into(),
            key: key.into(),
        }
    }
    /// Update an OAuth consumer of an organisation
    ///
    /// `PUT /v2/organisations/{id}/consumers/{key}` (`updateOrganisationConsumer`)
    pub fn update_organisation_consumer(
        &self,
        id: impl Into<String>,
        key: impl Into<String>,
        body: crate::types::OauthConsumerInput,
    ) -> crate::builders::UpdateOrganisationConsumer<'_> {
        crate::builders::UpdateOrganisationConsumer {
            client: self.client,
            id: id.into(),
            key: key.into(),
            body: Some(body),
        }
    }
    /// Delete an OAuth consumer of an organisation
    ///
    /// `DELETE /v2/organisations/{id}/consumers/{key}` (`deleteOrganisationConsumer`)
    pub fn delete_organisation_consumer(
        &self,
        id: impl Into<String>,
        key: impl Into<String>,
    ) -> crate::builders::DeleteOrganisationConsumer<'_> {
        crate::builders::DeleteOrganisationConsumer {
            client: self.client,
            id: id.into(),
            key: key.into(),
        }
    }
    /// Reveal the secret of an organisation OAuth consumer
    ///
    /// `GET /v2/organisations/{id}/consumers/{key}/secret` (`getOrganisationConsumerSecret`)
    pub fn get_organisation_consumer_secret(
        &self,
        id: impl Into<String>,
        key: impl Into<String>,
    ) -> crate::builders::GetOrganisationConsumerSecret<'_> {
        crate::builders::GetOrganisationConsumerSecret {
            client: self.client,
            id: id.into(),
            key: key.into(),
        }
    }
    /// List the OAuth consumers of the current user
    ///
    /// `GET /v2/self/consumers` (`listSelfConsumers`)
    pub fn list_self_consumers(&self) -> crate::builders::ListSelfConsumers<'_> {
        crate::builders::ListSelfConsumers {
            client: self.client,
        }
    }
    /// Register a personal OAuth consumer
    ///
    /// `POST /v2/self/consumers` (`createSelfConsumer`)
    pub fn create_self_consumer(
        &self,
        body: crate::types::OauthConsumerInput,
    ) -> crate::builders::CreateSelfConsumer<'_> {
        crate::builders::CreateSelfConsumer {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get a personal OAuth consumer
    ///
    /// `GET /v2/self/consumers/{key}` (`getSelfConsumer`)
    pub fn get_self_consumer(
        &self,
        key: impl Into<String>,
    ) -> crate::builders::GetSelfConsumer<'_> {
        crate::builders::GetSelfConsumer {
            client: self.client,
            key: key.into(),
        }
    }
    /// Update a personal OAuth consumer
    ///
    /// `PUT /v2/self/consumers/{key}` (`updateSelfConsumer`)
    pub fn update_self_consumer(
        &self,
        key: impl Into<String>,
        body: crate::types::OauthConsumerInput,
    ) -> crate::builders::UpdateSelfConsumer<'_> {
        crate::builders::UpdateSelfConsumer {
            client: self.client,
            key: key.into(),
            body: Some(body),
        }
    }
    /// Delete a personal OAuth consumer
    ///
    /// `DELETE /v2/self/consumers/{key}` (`deleteSelfConsumer`)
    pub fn delete_self_consumer(
        &self,
        key: impl Into<String>,
    ) -> crate::builders::DeleteSelfConsumer<'_> {
        crate::builders::DeleteSelfConsumer {
            client: self.client,
            key: key.into(),
        }
    }
    /// Reveal the secret of a personal OAuth consumer
    ///
    /// `GET /v2/self/consumers/{key}/secret` (`getSelfConsumerSecret`)
    pub fn get_self_consumer_secret(
        &self,
        key: impl Into<String>,
    ) -> crate::builders::GetSelfConsumerSecret<'_> {
        crate::builders::GetSelfConsumerSecret {
            client: self.client,
            key: key.into(),
        }
    }
}
/// People who belong to an organisation and the role each one has.
#[derive(Debug, Clone, Copy)]
pub struct MembersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> MembersApi<'a> {
    /// List the members of an organisation
    ///
    /// `GET /v2/organisations/{id}/members` (`listOrganisationMembers`)
    pub fn list_organisation(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListOrganisationMembers<'_> {
        crate::builders::ListOrganisationMembers {
            client: self.client,
            id: id.into(),
        }
    }
    /// Invite someone to an organisation, or accept an invitation
    ///
    /// `POST /v2/organisations/{id}/members` (`inviteOrganisationMember`)
    pub fn invite_organisation(
        &self,
        id: impl Into<String>,
        body: crate::types::MemberInvitation,
    ) -> crate::builders::InviteOrganisationMember<'_> {
        crate::builders::InviteOrganisationMember {
            client: self.client,
            id: id.into(),
            invitation_key: None,
            body: Some(body),
        }
    }
    /// Change the role or job of a member
    ///
    /// `PUT /v2/organisations/{id}/members/{userId}` (`updateOrganisationMember`)
    pub fn update_organisation(
        &self,
        id: impl Into<String>,
        user_id: impl Into<String>,
        body: crate::types::MemberInvitation,
    ) -> crate::builders::UpdateOrganisationMember<'_> {
        crate::builders::UpdateOrganisationMember {
            client: self.client,
            id: id.into(),
            user_id: user_id.into(),
            body: Some(body),
        }
    }
    /// Remove a member from an organisation
    ///
    /// `DELETE /v2/organisations/{id}/members/{userId}` (`removeOrganisationMember`)
    pub fn remove_organisation(
        &self,
        id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> crate::builders::RemoveOrganisationMember<'_> {
        crate::builders::RemoveOrganisationMember {
            client: self.client,
            id: id.into(),
            user_id: user_id.into(),
        }
    }
}
/// Catalogue data: runtimes, instance sizes, zones, add-on offers, countries and credit prices.
#[derive(Debug, Clone, Copy)]
pub struct ProductsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> ProductsApi<'a> {
    /// List the public add-on providers
    ///
    /// `GET /v2/products/addonproviders` (`listAddonProductProviders`)
    pub fn list_addon_providers(
        &self,
    ) -> crate::builders::ListAddonProductProviders<'_> {
        crate::builders::ListAddonProductProviders {
            client: self.client,
            orga_id: None,
        }
    }
    /// Get a public add-on provider with its plans
    ///
    /// `GET /v2/products/addonproviders/{provider_id}` (`getAddonProductProvider`)
    pub fn get_addon_provider(
        &self,
        provider_id: impl Into<String>,
    ) -> crate::builders::GetAddonProductProvider<'_> {
        crate::builders::GetAddonProductProvider {
            client: self.client,
            provider_id: provider_id.into(),
            orga_id: None,
        }
    }
    /// Get extra details about an add-on provider
    ///
    /// `GET /v2/products/addonproviders/{provider_id}/informations` (`getAddonProductProviderDetails`)
    pub fn get_addon_provider_details(
        &self,
        provider_id: impl Into<String>,
    ) -> crate::builders::GetAddonProductProviderDetails<'_> {
        crate::builders::GetAddonProductProviderDetails {
            client: self.client,
            provider_id: provider_id.into(),
        }
    }
    /// List the versions an add-on provider offers
    ///
    /// `GET /v2/products/addonproviders/{provider_id}/versions` (`listAddonProductProviderVersions`)
    pub fn list_addon_provider_versions(
        &self,
        provider_id: impl Into<String>,
    ) -> crate::builders::ListAddonProductProviderVersions<'_> {
        crate::builders::ListAddonProductProviderVersions {
            client: self.client,
            provider_id: provider_id.into(),
        }
    }
    /// List countries
    ///
    /// `GET /v2/products/countries` (`listCountries`)
    pub fn list_countries(&self) -> crate::builders::ListCountries<'_> {
        crate::builders::ListCountries {
            client: self.client,
        }
    }
    /// List country codes
    ///
    /// `GET /v2/products/countrycodes` (`listCountryCodes`)
    pub fn list_country_codes(&self) -> crate::builders::ListCountryCodes<'_> {
        crate::builders::ListCountryCodes {
            client: self.client,
        }
    }
    /// List the instance sizes
    ///
    /// `GET /v2/products/flavors` (`listFlavors`)
    pub fn list_flavors(&self) -> crate::builders::ListFlavors<'_> {
        crate::builders::ListFlavors {
            client: self.client,
            context: None,
        }
    }
    /// List the application runtimes
    ///
    /// `GET /v2/products/instances` (`listInstanceTypes`)
    pub fn list_instance_types(&self) -> crate::builders::ListInstanceTypes<'_> {
        crate::builders::ListInstanceTypes {
            client: self.client,
            for_: None,
        }
    }
    /// Get one application runtime by type and version
    ///
    /// `GET /v2/products/instances/{type}-{version}` (`getInstanceType`)
    pub fn get_instance_type(
        &self,
        type_: impl Into<String>,
        version: impl Into<String>,
    ) -> crate::builders::GetInstanceType<'_> {
        crate::builders::GetInstanceType {
            client: self.client,
            type_: type_.into(),
            version: version.into(),
            for_: None,
            app: None,
        }
    }
    /// List the kinds of second factor supported
    ///
    /// `GET /v2/products/mfa_kinds` (`listMfaKinds`)
    pub fn list_mfa_kinds(&self) -> crate::builders::ListMfaKinds<'_> {
        crate::builders::ListMfaKinds {
            client: self.client,
        }
    }
    /// List the credit packages on sale
    ///
    /// `GET /v2/products/packages` (`listCreditPackages`)
    pub fn list_credit_packages(&self) -> crate::builders::ListCreditPackages<'_> {
        crate::builders::ListCreditPackages {
            client: self.client,
            coupon: None,
            orga_id: None,
            currency: None,
        }
    }
    /// List the price of credits in each currency
    ///
    /// `GET /v2/products/prices` (`listExchangeRates`)
    pub fn list_exchange_rates(&self) -> crate::builders::ListExchangeRates<'_> {
        crate::builders::ListExchangeRates {
            client: self.client,
        }
    }
    /// List the deployment zones
    ///
    /// `GET /v2/products/zones` (`listZonesV2`)
    pub fn list_zones_v2(&self) -> crate::builders::ListZonesV2<'_> {
        crate::builders::ListZonesV2 {
            client: self.client,
        }
    }
    /// List the deployment zones with their location and tags
    ///
    /// `GET /v4/products/zones` (`listZones`)
    pub fn list_zones(&self) -> crate::builders::ListZones<'_> {
        crate::builders::ListZones {
            client: self.client,
        }
    }
    /// Get one deployment zone
    ///
    /// `GET /v4/products/zones/{zoneName}` (`getZone`)
    pub fn get_zone(
        &self,
        zone_name: impl Into<String>,
    ) -> crate::builders::GetZone<'_> {
        crate::builders::GetZone {
            client: self.client,
            zone_name: zone_name.into(),
        }
    }
}
/// Matomo analytics add-ons.
#[derive(Debug, Clone, Copy)]
pub struct MatomoApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> MatomoApi<'a> {
    /// Provision a Matomo add-on (provider API)
    ///
    /// `POST /v2/providers/addon-matomo/resources` (`provisionMatomo`)
    pub fn provision(
        &self,
        body: crate::types::ProviderProvisionRequest,
    ) -> crate::builders::ProvisionMatomo<'_> {
        crate::builders::ProvisionMatomo {
            client: self.client,
            body: Some(body),
        }
    }
    /// Deprovision a Matomo add-on (provider API)
    ///
    /// `DELETE /v2/providers/addon-matomo/resources/{matomoId}` (`deprovisionMatomo`)
    pub fn deprovision(
        &self,
        matomo_id: impl Into<String>,
    ) -> crate::builders::DeprovisionMatomo<'_> {
        crate::builders::DeprovisionMatomo {
            client: self.client,
            matomo_id: matomo_id.into(),
        }
    }
    /// Get a Matomo add-on
    ///
    /// `GET /v4/addon-providers/addon-matomo/addons/{matomoId}` (`getMatomo`)
    pub fn get(&self, matomo_id: impl Into<String>) -> crate::builders::GetMatomo<'_> {
        crate::builders::GetMatomo {
            client: self.client,
            matomo_id: matomo_id.into(),
        }
    }
    /// Check a Keycloak token and find the Matomo add-on it grants
    ///
    /// `GET /v4/addon-providers/addon-matomo/token/validate` (`validateMatomoToken`)
    pub fn validate_token(&self) -> crate::builders::ValidateMatomoToken<'_> {
        crate::builders::ValidateMatomoToken {
            client: self.client,
            keycloak_token: None,
        }
    }
}
/// Tardis (Warp 10 time series) add-ons and their access tokens.
#[derive(Debug, Clone, Copy)]
pub struct TardisApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> TardisApi<'a> {
    /// Provision a Tardis (Warp 10) add-on (provider API)
    ///
    /// `POST /v2/providers/addon-tardis/resources` (`provisionTardis`)
    pub fn provision(
        &self,
        body: crate::types::ProviderProvisionRequest,
    ) -> crate::builders::ProvisionTardis<'_> {
        crate::builders::ProvisionTardis {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get a Tardis add-on (provider API)
    ///
    /// `GET /v2/providers/addon-tardis/resources/{tardisId}` (`getProvisionedTardis`)
    pub fn get_provisioned(
        &self,
        tardis_id: impl Into<String>,
    ) -> crate::builders::GetProvisionedTardis<'_> {
        crate::builders::GetProvisionedTardis {
            client: self.client,
            tardis_id: tardis_id.into(),
        }
    }
    /// Deprovision a Tardis add-on (provider API)
    ///
    /// `DELETE /v2/providers/addon-tardis/resources/{tardisId}` (`deprovisionTardis`)
    pub fn deprovision(
        &self,
        tardis_id: impl Into<String>,
    ) -> crate::builders::DeprovisionTardis<'_> {
        crate::builders::DeprovisionTardis {
            client: self.client,
            tardis_id: tardis_id.into(),
        }
    }
    /// Create a Tardis add-on
    ///
    /// `POST /v4/addon-providers/addon-tardis/addons` (`createTardis`)
    pub fn create(
        &self,
        body: crate::types::TardisCreateRequest,
    ) -> crate::builders::CreateTardis<'_> {
        crate::builders::CreateTardis {
            client: self.client,
            app_only: None,
            body: Some(body),
        }
    }
    /// Get a Tardis add-on
    ///
    /// `GET /v4/addon-providers/addon-tardis/addons/{tardisId}` (`getTardis`)
    pub fn get(&self, tardis_id: impl Into<String>) -> crate::builders::GetTardis<'_> {
        crate::builders::GetTardis {
            client: self.client,
            tardis_id: tardis_id.into(),
        }
    }
    /// Delete a Tardis add-on
    ///
    /// `DELETE /v4/addon-providers/addon-tardis/addons/{tardisId}` (`deleteTardis`)
    pub fn delete(
        &self,
        tardis_id: impl Into<String>,
    ) -> crate::builders::DeleteTardis<'_> {
        crate::builders::DeleteTardis {
            client: self.client,
            tardis_id: tardis_id.into(),
        }
    }
    /// Get a Tardis add-on of an owner
    ///
    /// `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}` (`getOwnedTardis`)
    pub fn get_owned(
        &self,
        owner_id: impl Into<String>,
        tardis_id: impl Into<String>,
    ) -> crate::builders::GetOwnedTardis<'_> {
        crate::builders::GetOwnedTardis {
            client: self.client,
            owner_id: owner_id.into(),
            tardis_id: tardis_id.into(),
        }
    }
    /// Delete a Tardis add-on of an owner
    ///
    /// `DELETE /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}` (`deleteOwnedTardis`)
    pub fn delete_owned(
        &self,
        owner_id: impl Into<String>,
        tardis_id: impl Into<String>,
    ) -> crate::builders::DeleteOwnedTardis<'_> {
        crate::builders::DeleteOwnedTardis {
            client: self.client,
            owner_id: owner_id.into(),
            tardis_id: tardis_id.into(),
        }
    }
    /// Undo the deletion of a Tardis add-on
    ///
    /// `POST /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/revert` (`restoreOwnedTardis`)
    pub fn restore_owned(
        &self,
        owner_id: impl Into<String>,
        tardis_id: impl Into<String>,
    ) -> crate::builders::RestoreOwnedTardis<'_> {
        crate::builders::RestoreOwnedTardis {
            client: self.client,
            owner_id: owner_id.into(),
            tardis_id: tardis_id.into(),
        }
    }
    /// Get one token of a Tardis add-on
    ///
    /// `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/token/{tokenId}` (`getTardisToken`)
    pub fn get_token(
        &self,
        owner_id: impl Into<String>,
        tardis_id: impl Into<String>,
        token_id: impl Into<String>,
    ) -> crate::builders::GetTardisToken<'_> {
        crate::builders::GetTardisToken {
            client: self.client,
            owner_id: owner_id.into(),
            tardis_id: tardis_id.into(),
            token_id: token_id.into(),
        }
    }
    /// Delete one token of a Tardis add-on
    ///
    /// `DELETE /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/token/{tokenId}` (`deleteTardisToken`)
    pub fn delete_token(
        &self,
        owner_id: impl Into<String>,
        tardis_id: impl Into<String>,
        token_id: impl Into<String>,
    ) -> crate::builders::DeleteTardisToken<'_> {
        crate::builders::DeleteTardisToken {
            client: self.client,
            owner_id: owner_id.into(),
            tardis_id: tardis_id.into(),
            token_id: token_id.into(),
        }
    }
    /// List the tokens of a Tardis add-on
    ///
    /// `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/tokens` (`listTardisTokens`)
    pub fn list_tokens(
        &self,
        owner_id: impl Into<String>,
        tardis_id: impl Into<String>,
    ) -> crate::builders::ListTardisTokens<'_> {
        crate::builders::ListTardisTokens {
            client: self.client,
            owner_id: owner_id.into(),
            tardis_id: tardis_id.into(),
            from: None,
            only_id: None,
            to: None,
        }
    }
    /// Create a token for a Tardis add-on
    ///
    /// `POST /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/tokens` (`createTardisToken`)
    pub fn create_token(
        &self,
        owner_id: impl Into<String>,
        tardis_id: impl Into<String>,
        body: crate::types::TardisTokenCreateRequest,
    ) -> crate::builders::CreateTardisToken<'_> {
        crate::builders::CreateTardisToken {
            client: self.client,
            owner_id: owner_id.into(),
            tardis_id: tardis_id.into(),
            body: Some(body),
        }
    }
    /// List the Tardis add-ons of an owner
    ///
    /// `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addons` (`listOwnedTardis`)
    pub fn list_owned(
        &self,
        owner_id: impl Into<String>,
    ) -> crate::builders::ListOwnedTardis<'_> {
        crate::builders::ListOwnedTardis {
            client: self.client,
            owner_id: owner_id.into(),
            from: None,
            to: None,
        }
    }
    /// Create a Tardis add-on for an owner
    ///
    /// `POST /v4/addon-providers/addon-tardis/organisations/{ownerId}/addons` (`createOwnedTardis`)
    pub fn create_owned(
        &self,
        owner_id: impl Into<String>,
        body: crate::types::OwnedTardisCreateRequest,
    ) -> crate::builders::CreateOwnedTardis<'_> {
        crate::builders::CreateOwnedTardis {
            client: self.client,
            owner_id: owner_id.into(),
            app_only: None,
            body: Some(body),
        }
    }
    /// Revoke and delete a Tardis token given its value
    ///
    /// `POST /v4/addon-providers/addon-tardis/token/revoke` (`revokeTardisToken`)
    pub fn revoke_token(
        &self,
        body: crate::types::PlainTextError,
    ) -> crate::builders::RevokeTardisToken<'_> {
        crate::builders::RevokeTardisToken {
            client: self.client,
            body: Some(body),
        }
    }
}
/// Companion SaaS offers (Grafana dashboards, Heptapod) attached to an owner.
#[derive(Debug, Clone, Copy)]
pub struct SaasApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> SaasApi<'a> {
    /// Forecast the monthly price of a Heptapod organisation
    ///
    /// `GET /v2/saas/heptapod/{id}/heptapod.host/price-prevision` (`getHeptapodPriceForecast`)
    pub fn get_heptapod_price_forecast(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::GetHeptapodPriceForecast<'_> {
        crate::builders::GetHeptapodPriceForecast {
            client: self.client,
            id: id.into(),
        }
    }
    /// Get the Grafana organisation of an owner
    ///
    /// `GET /v4/saas/grafana/{id}` (`getGrafanaOrganisation`)
    pub fn get_grafana_organisation(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::GetGrafanaOrganisation<'_> {
        crate::builders::GetGrafanaOrganisation {
            client: self.client,
            id: id.into(),
        }
    }
    /// Enable Grafana for an owner
    ///
    /// `POST /v4/saas/grafana/{id}` (`createGrafanaOrganisation`)
    pub fn create_grafana_organisation(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::CreateGrafanaOrganisation<'_> {
        crate::builders::CreateGrafanaOrganisation {
            client: self.client,
            id: id.into(),
        }
    }
    /// Disable Grafana for an owner
    ///
    /// `DELETE /v4/saas/grafana/{id}` (`deleteGrafanaOrganisation`)
    pub fn delete_grafana_organisation(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::DeleteGrafanaOrganisation<'_> {
        crate::builders::DeleteGrafanaOrganisation {
            client: self.client,
            id: id.into(),
        }
    }
    /// Reset the Grafana dashboards of an owner
    ///
    /// `POST /v4/saas/grafana/{id}/reset` (`resetGrafanaOrganisation`)
    pub fn reset_grafana_organisation(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ResetGrafanaOrganisation<'_> {
        crate::builders::ResetGrafanaOrganisation {
            client: self.client,
            id: id.into(),
        }
    }
}
/// The signed-in user: profile, e-mail addresses, avatar, password and account deletion.
#[derive(Debug, Clone, Copy)]
pub struct SelfApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> SelfApi<'a> {
    /// Get the current user
    ///
    /// `GET /v2/self` (`getSelf`)
    pub fn get(&self) -> crate::builders::GetSelf<'_> {
        crate::builders::GetSelf {
            client: self.client,
        }
    }
    /// Update the current user
    ///
    /// `PUT /v2/self` (`updateSelf`)
    pub fn update(
        &self,
        body: crate::types::UserSignup,
    ) -> crate::builders::UpdateSelf<'_> {
        crate::builders::UpdateSelf {
            client: self.client,
            body: Some(body),
        }
    }
    /// Delete the current user account
    ///
    /// `DELETE /v2/self` (`deleteSelf`)
    pub fn delete(&self) -> crate::builders::DeleteSelf<'_> {
        crate::builders::DeleteSelf {
            client: self.client,
        }
    }
    /// Change the avatar of the current user
    ///
    /// `PUT /v2/self/avatar` (`updateSelfAvatar`)
    pub fn update_avatar(
        &self,
        body: crate::types::AvatarSource,
    ) -> crate::builders::UpdateSelfAvatar<'_> {
        crate::builders::UpdateSelfAvatar {
            client: self.client,
            body: Some(body),
        }
    }
    /// Change the password of the current user
    ///
    /// `PUT /v2/self/change_password` (`changePassword`)
    pub fn change_password(
        &self,
        body: crate::types::PasswordChange,
    ) -> crate::builders::ChangePassword<'_> {
        crate::builders::ChangePassword {
            client: self.client,
            body: Some(body),
        }
    }
    /// Send the address confirmation e-mail again
    ///
    /// `GET /v2/self/confirmation_email` (`resendConfirmationEmail`)
    pub fn resend_confirmation_email(
        &self,
    ) -> crate::builders::ResendConfirmationEmail<'_> {
        crate::builders::ResendConfirmationEmail {
            client: self.client,
        }
    }
    /// List the secondary e-mail addresses
    ///
    /// `GET /v2/self/emails` (`listSelfEmails`)
    pub fn list_emails(&self) -> crate::builders::ListSelfEmails<'_> {
        crate::builders::ListSelfEmails {
            client: self.client,
        }
    }
    /// Add a secondary e-mail address
    ///
    /// `PUT /v2/self/emails/{email}` (`addSelfEmail`)
    pub fn add_email(
        &self,
        email: impl Into<String>,
        body: crate::types::EmailAddressBody,
    ) -> crate::builders::AddSelfEmail<'_> {
        crate::builders::AddSelfEmail {
            client: self.client,
            email: email.into(),
            body: Some(body),
        }
    }
    /// Remove a secondary e-mail address
    ///
    /// `DELETE /v2/self/emails/{email}` (`removeSelfEmail`)
    pub fn remove_email(
        &self,
        email: impl Into<String>,
    ) -> crate::builders::RemoveSelfEmail<'_> {
        crate::builders::RemoveSelfEmail {
            client: self.client,
            email: email.into(),
        }
    }
    /// Get the ID of the current user
    ///
    /// Returns the bare ID string of the caller.
    ///
    /// `GET /v2/self/id` (`getSelfId`)
    pub fn get_id(&self) -> crate::builders::GetSelfId<'_> {
        crate::builders::GetSelfId {
            client: self.client,
        }
    }
    /// Confirm an e-mail address with a validation key
    ///
    /// `GET /v2/self/validate_email` (`validateEmail`)
    pub fn validate_email(&self) -> crate::builders::ValidateEmail<'_> {
        crate::builders::ValidateEmail {
            client: self.client,
            validation_key: None,
        }
    }
}
/// OAuth tokens the user has granted to applications, and CLI login tokens.
#[derive(Debug, Clone, Copy)]
pub struct OauthTokensApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> OauthTokensApi<'a> {
    /// Fetch the tokens created by a CLI login
    ///
    /// `GET /v2/self/cli_tokens` (`listSelfCliTokens`)
    pub fn list_self_cli_tokens(&self) -> crate::builders::ListSelfCliTokens<'_> {
        crate::builders::ListSelfCliTokens {
            client: self.client,
            cli_token: None,
        }
    }
    /// List the OAuth tokens granted by the current user
    ///
    /// `GET /v2/self/tokens` (`listOauthTokens`)
    pub fn list(&self) -> crate::builders::ListOauthTokens<'_> {
        crate::builders::ListOauthTokens {
            client: self.client,
        }
    }
    /// Revoke every OAuth token of the current user
    ///
    /// `DELETE /v2/self/tokens` (`revokeAllOauthTokens`)
    pub fn revoke_all(&self) -> crate::builders::RevokeAllOauthTokens<'_> {
        crate::builders::RevokeAllOauthTokens {
            client: self.client,
        }
    }
    /// Get the OAuth token used for this request
    ///
    /// `GET /v2/self/tokens/current` (`getCurrentOauthToken`)
    pub fn get_current(&self) -> crate::builders::GetCurrentOauthToken<'_> {
        crate::builders::GetCurrentOauthToken {
            client: self.client,
        }
    }
    /// Revoke one OAuth token
    ///
    /// `DELETE /v2/self/tokens/{token}` (`revokeOauthToken`)
    pub fn revoke(
        &self,
        token: impl Into<String>,
    ) -> crate::builders::RevokeOauthToken<'_> {
        crate::builders::RevokeOauthToken {
            client: self.client,
            token: token.into(),
        }
    }
}
/// SSH public keys used to push code over git.
#[derive(Debug, Clone, Copy)]
pub struct SshKeysApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> SshKeysApi<'a> {
    /// List the SSH public keys of the current user
    ///
    /// `GET /v2/self/keys` (`listSshKeys`)
    pub fn list(&self) -> crate::builders::ListSshKeys<'_> {
        crate::builders::ListSshKeys {
            client: self.client,
        }
    }
    /// Add an SSH public key
    ///
    /// `PUT /v2/self/keys/{key}` (`addSshKey`)
    pub fn add(&self, key: impl Into<String>) -> crate::builders::AddSshKey<'_> {
        crate::builders::AddSshKey {
            client: self.client,
            key: key.into(),
        }
    }
    /// Remove an SSH public key
    ///
    /// `DELETE /v2/self/keys/{key}` (`removeSshKey`)
    pub fn remove(&self, key: impl Into<String>) -> crate::builders::RemoveSshKey<'_> {
        crate::builders::RemoveSshKey {
            client: self.client,
            key: key.into(),
        }
    }
}
/// Second authentication factors (TOTP) and their recovery codes.
#[derive(Debug, Clone, Copy)]
pub struct MfaApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> MfaApi<'a> {
    /// Choose the preferred second factor
    ///
    /// `PUT /v2/self/mfa/{kind}` (`setPreferredMfa`)
    pub fn set_preferred(
        &self,
        kind: impl Into<String>,
        body: crate::types::MfaPreference,
    ) -> crate::builders::SetPreferredMfa<'_> {
        crate::builders::SetPreferredMfa {
            client: self.client,
            kind: kind.into(),
            body: Some(body),
        }
    }
    /// Start enrolling a second factor
    ///
    /// `POST /v2/self/mfa/{kind}` (`createMfa`)
    pub fn create(&self, kind: impl Into<String>) -> crate::builders::CreateMfa<'_> {
        crate::builders::CreateMfa {
            client: self.client,
            kind: kind.into(),
        }
    }
    /// Remove a second factor
    ///
    /// `DELETE /v2/self/mfa/{kind}` (`deleteMfa`)
    pub fn delete(&self, kind: impl Into<String>) -> crate::builders::DeleteMfa<'_> {
        crate::builders::DeleteMfa {
            client: self.client,
            kind: kind.into(),
        }
    }
    /// List the recovery codes of a second factor
    ///
    /// `GET /v2/self/mfa/{kind}/backupcodes` (`listMfaBackupCodes`)
    pub fn list_backup_codes(
        &self,
        kind: impl Into<String>,
    ) -> crate::builders::ListMfaBackupCodes<'_> {
        crate::builders::ListMfaBackupCodes {
            client: self.client,
            kind: kind.into(),
        }
    }
    /// Confirm a second factor with a first code
    ///
    /// `POST /v2/self/mfa/{kind}/confirmation` (`confirmMfa`)
    pub fn confirm(
        &self,
        kind: impl Into<String>,
        body: crate::types::MfaConfirmation,
    ) -> crate::builders::ConfirmMfa<'_> {
        crate::builders::ConfirmMfa {
            client: self.client,
            kind: kind.into(),
            body: Some(body),
        }
    }
}
/// One call that returns the user, the organisations and every application, add-on and consumer they hold.
#[derive(Debug, Clone, Copy)]
pub struct SummaryApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> SummaryApi<'a> {
    /// Get an overview of the user, organisations and their resources
    ///
    /// Handy for dashboards: a single request lists everything the caller can see. Pass `full=true` for the complete objects.
    ///
    /// `GET /v2/summary` (`getSummary`)
    pub fn get(&self) -> crate::builders::GetSummary<'_> {
        crate::builders::GetSummary {
            client: self.client,
            full: None,
        }
    }
}
/// User accounts seen from outside: public lookups and account creation.
#[derive(Debug, Clone, Copy)]
pub struct UsersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> UsersApi<'a> {
    /// Create a user account
    ///
    /// `POST /v2/users` (`createUser`)
    pub fn create(
        &self,
        body: crate::types::UserSignupForm,
    ) -> crate::builders::CreateUser<'_> {
        crate::builders::CreateUser {
            client: self.client,
            body: Some(body),
        }
    }
    /// Get a user
    ///
    /// `GET /v2/users/{id}` (`getUser`)
    pub fn get(&self, id: impl Into<String>) -> crate::builders::GetUser<'_> {
        crate::builders::GetUser {
            client: self.client,
            id: id.into(),
        }
    }
    /// List the applications of a user
    ///
    /// `GET /v2/users/{id}/applications` (`listUserApplications`)
    pub fn list_applications(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListUserApplications<'_> {
        crate::builders::ListUserApplications {
            client: self.client,
            id: id.into(),
        }
    }
    /// Get git information about a user
    ///
    /// `GET /v2/users/{userId}/git-info` (`getUserGitInfo`)
    pub fn get_git_info(
        &self,
        user_id: impl Into<String>,
    ) -> crate::builders::GetUserGitInfo<'_> {
        crate::builders::GetUserGitInfo {
            client: self.client,
            user_id: user_id.into(),
        }
    }
}
/// The API an add-on provider calls back: its provisioned add-ons, billing and migrations.
#[derive(Debug, Clone, Copy)]
pub struct VendorApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> VendorApi<'a> {
    /// Provision another provider's add-on on behalf of a customer
    ///
    /// `POST /v2/vendor/addons` (`provisionDependentAddon`)
    pub fn provision_dependent_addon(
        &self,
        body: crate::types::DependentAddonProvisionRequest,
    ) -> crate::builders::ProvisionDependentAddon<'_> {
        crate::builders::ProvisionDependentAddon {
            client: self.client,
            body: Some(body),
        }
    }
    /// List the add-ons provisioned with the provider
    ///
    /// `GET /v2/vendor/apps` (`listVendorAddons`)
    pub fn list_addons(&self) -> crate::builders::ListVendorAddons<'_> {
        crate::builders::ListVendorAddons {
            client: self.client,
            offset: None,
        }
    }
    /// Get what a provider knows about one of its add-ons
    ///
    /// `GET /v2/vendor/apps/{addonId}` (`getVendorAddon`)
    pub fn get_addon(
        &self,
        addon_id: impl Into<String>,
    ) -> crate::builders::GetVendorAddon<'_> {
        crate::builders::GetVendorAddon {
            client: self.client,
            addon_id: addon_id.into(),
        }
    }
    /// Update the configuration of one of the provider's add-ons
    ///
    /// `PUT /v2/vendor/apps/{addonId}` (`updateVendorAddonConfig`)
    pub fn update_addon_config(
        &self,
        addon_id: impl Into<String>,
        body: crate::types::AddonConfigInput,
    ) -> crate::builders::UpdateVendorAddonConfig<'_> {
        crate::builders::UpdateVendorAddonConfig {
            client: self.client,
            addon_id: addon_id.into(),
            body: Some(body),
        }
    }
    /// Bill the owner of an add-on for its usage
    ///
    /// `POST /v2/vendor/apps/{addonId}/consumptions` (`billAddonOwner`)
    pub fn bill_addon_owner(
        &self,
        addon_id: impl Into<String>,
        body: crate::types::AddonBillingInput,
    ) -> crate::builders::BillAddonOwner<'_> {
        crate::builders::BillAddonOwner {
            client: self.client,
            addon_id: addon_id.into(),
            body: Some(body),
        }
    }
    /// Get the logs collector address of an add-on
    ///
    /// `GET /v2/vendor/apps/{addonId}/logscollector` (`getVendorAddonLogsCollector`)
    pub fn get_addon_logs_collector(
        &self,
        addon_id: impl Into<String>,
    ) -> crate::builders::GetVendorAddonLogsCollector<'_> {
        crate::builders::GetVendorAddonLogsCollector {
            client: self.client,
            addon_id: addon_id.into(),
        }
    }
    /// Tell the platform a plan migration has ended
    ///
    /// `PUT /v2/vendor/apps/{addonId}/migration_callback` (`completeVendorAddonMigration`)
    pub fn complete_addon_migration(
        &self,
        addon_id: impl Into<String>,
        body: crate::types::AddonConfigInput,
    ) -> crate::builders::CompleteVendorAddonMigration<'_> {
        crate::builders::CompleteVendorAddonMigration {
            client: self.client,
            addon_id: addon_id.into(),
            plan_id: None,
            region: None,
            body: Some(body),
        }
    }
}
/// Apache Pulsar messaging add-ons: tenants, namespaces, topics and storage policies.
#[derive(Debug, Clone, Copy)]
pub struct PulsarApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> PulsarApi<'a> {
    /// Get the Pulsar clusters and options offered
    ///
    /// `GET /v4/addon-providers/addon-pulsar` (`getPulsarProvider`)
    pub fn get_provider(&self) -> crate::builders::GetPulsarProvider<'_> {
        crate::builders::GetPulsarProvider {
            client: self.client,
        }
    }
    /// Get a Pulsar add-on
    ///
    /// `GET /v4/addon-providers/addon-pulsar/addons/{pulsarId}` (`getPulsar`)
    pub fn get(&self, pulsar_id: impl Into<String>) -> crate::builders::GetPulsar<'_> {
        crate::builders::GetPulsar {
            client: self.client,
            pulsar_id: pulsar_id.into(),
        }
    }
    /// Create the tenant and namespace of a Pulsar add-on
    ///
    /// `POST /v4/addon-providers/addon-pulsar/addons/{pulsarId}/create-tenant-and-namespace` (`createPulsarTenantAndNamespace`)
    pub fn create_tenant_and_namespace(
        &self,
        pulsar_id: impl Into<String>,
    ) -> crate::builders::CreatePulsarTenantAndNamespace<'_> {
        crate::builders::CreatePulsarTenantAndNamespace {
            client: self.client,
            pulsar_id: pulsar_id.into(),
        }
    }
    /// Delete the tenant and namespace of a Pulsar add-on
    ///
    /// `DELETE /v4/addon-providers/addon-pulsar/addons/{pulsarId}/delete-tenant-and-namespace` (`deletePulsarTenantAndNamespace`)
    pub fn delete_tenant_and_namespace(
        &self,
        pulsar_id: impl Into<String>,
    ) -> crate::builders::DeletePulsarTenantAndNamespace<'_> {
        crate::builders::DeletePulsarTenantAndNamespace {
            client: self.client,
            pulsar_id: pulsar_id.into(),
        }
    }
    /// Get the retention and offload policies of a Pulsar add-on
    ///
    /// `GET /v4/addon-providers/addon-pulsar/addons/{pulsarId}/storage-policies` (`getPulsarStoragePolicies`)
    pub fn get_storage_policies(
        &self,
        pulsar_id: impl Into<String>,
    ) -> crate::builders::GetPulsarStoragePolicies<'_> {
        crate::builders::GetPulsarStoragePolicies {
            client: self.client,
            pulsar_id: pulsar_id.into(),
        }
    }
    /// Change the retention and offload policies of a Pulsar add-on
    ///
    /// `PATCH /v4/addon-providers/addon-pulsar/addons/{pulsarId}/storage-policies` (`updatePulsarStoragePolicies`)
    pub fn update_storage_policies(
        &self,
        pulsar_id: impl Into<String>,
        body: crate::types::AnyValue,
    ) -> crate::builders::UpdatePulsarStoragePolicies<'_> {
        crate::builders::UpdatePulsarStoragePolicies {
            client: self.client,
            pulsar_id: pulsar_id.into(),
            body: Some(body),
        }
    }
    /// Delete a topic of a Pulsar add-on
    ///
    /// `DELETE /v4/addon-providers/addon-pulsar/addons/{pulsarId}/topics/{topicName}` (`deletePulsarTopic`)
    pub fn delete_topic(
        &self,
        pulsar_id: impl Into<String>,
        topic_name: impl Into<String>,
    ) -> crate::builders::DeletePulsarTopic<'_> {
        crate::builders::DeletePulsarTopic {
            client: self.client,
            pulsar_id: pulsar_id.into(),
            topic_name: topic_name.into(),
        }
    }
    /// Get the storage policies of a Pulsar cluster
    ///
    /// `GET /v4/addon-providers/addon-pulsar/clusters/{clusterId}` (`getPulsarClusterStoragePolicies`)
    pub fn get_cluster_storage_policies(
        &self,
        cluster_id: impl Into<String>,
    ) -> crate::builders::GetPulsarClusterStoragePolicies<'_> {
        crate::builders::GetPulsarClusterStoragePolicies {
            client: self.client,
            cluster_id: cluster_id.into(),
        }
    }
}
/// Configuration provider add-ons, which hold a set of variables to share between applications.
#[derive(Debug, Clone, Copy)]
pub struct ConfigProvidersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> ConfigProvidersApi<'a> {
    /// Get a configuration provider add-on
    ///
    /// `GET /v4/addon-providers/config-provider/addons/{configurationProviderId}` (`getConfigProvider`)
    pub fn get(
        &self,
        configuration_provider_id: impl Into<String>,
    ) -> crate::builders::GetConfigProvider<'_> {
        crate::builders::GetConfigProvider {
            client: self.client,
            configuration_provider_id: configuration_provider_id.into(),
        }
    }
    /// List the variables held by a configuration provider
    ///
    /// `GET /v4/addon-providers/config-provider/addons/{configurationProviderId}/env` (`listConfigProviderEnv`)
    pub fn list_env(
        &self,
        configuration_provider_id: impl Into<String>,
    ) -> crate::builders::ListConfigProviderEnv<'_> {
        crate::builders::ListConfigProviderEnv {
            client: self.client,
            configuration_provider_id: configuration_provider_id.into(),
        }
    }
    /// Replace the variables held by a configuration provider
    ///
    /// `PUT /v4/addon-providers/config-provider/addons/{configurationProviderId}/env` (`replaceConfigProviderEnv`)
    pub fn replace_env(
        &self,
        configuration_provider_id: impl Into<String>,
        body: crate::types::ConfigProviderVariableList,
    ) -> crate::builders::ReplaceConfigProviderEnv<'_> {
        crate::builders::ReplaceConfigProviderEnv {
            client: self.client,
            configuration_provider_id: configuration_provider_id.into(),
            body: Some(body),
        }
    }
}
/// Invoices, payment methods, credits and price lists (v4 billing service).
#[derive(Debug, Clone, Copy)]
pub struct BillingApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> BillingApi<'a> {
    /// Summarise the credits of an organisation
    ///
    /// `GET /v4/billing/organisations/{id}/credits/summary` (`getCreditsSummary`)
    pub fn get_credits_summary(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::GetCreditsSummary<'_> {
        crate::builders::GetCreditsSummary {
            client: self.client,
            id: id.into(),
        }
    }
    /// List the invoices of an organisation
    ///
    /// `GET /v4/billing/organisations/{id}/invoices` (`listInvoices`)
    pub fn list_invoices(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListInvoices<'_> {
        crate::builders::ListInvoices {
            client: self.client,
            id: id.into(),
            since: None,
        }
    }
    /// List the unpaid invoices of an organisation
    ///
    /// `GET /v4/billing/organisations/{id}/invoices/unpaid` (`listUnpaidInvoices`)
    pub fn list_unpaid_invoices(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListUnpaidInvoices<'_> {
        crate::builders::ListUnpaidInvoices {
            client: self.client,
            id: id.into(),
        }
    }
    /// Get one invoice of an organisation
    ///
    /// `GET /v4/billing/organisations/{id}/invoices/{invoiceNumber}` (`getInvoice`)
    pub fn get_invoice(
        &self,
        id: impl Into<String>,
        invoice_number: impl Into<String>,
    ) -> crate::builders::GetInvoice<'_> {
        crate::builders::GetInvoice {
            client: self.client,
            id: id.into(),
            invoice_number: invoice_number.into(),
        }
    }
    /// Render one invoice of an organisation as HTML
    ///
    /// Returns the invoice rendered as an HTML page.
    ///
    /// `GET /v4/billing/organisations/{id}/invoices/{invoiceNumber}.html` (`getInvoiceHtml`)
    pub fn get_invoice_html(
        &self,
        id: impl Into<String>,
        invoice_number: impl Into<String>,
    ) -> crate::builders::GetInvoiceHtml<'_> {
        crate::builders::GetInvoiceHtml {
            client: self.client,
            id: id.into(),
            invoice_number: invoice_number.into(),
        }
    }
    /// Start paying an invoice with PayPal
    ///
    /// `POST /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/paypal` (`startPaypalPayment`)
    pub fn start_paypal_payment(
        &self,
        id: impl Into<String>,
        invoice_number: impl Into<String>,
    ) -> crate::builders::StartPaypalPayment<'_> {
        crate::builders::StartPaypalPayment {
            client: self.client,
            id: id.into(),
            invoice_number: invoice_number.into(),
        }
    }
    /// Confirm a PayPal payment of an invoice
    ///
    /// `PUT /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/paypal/{payerId}` (`authorizePaypalPayment`)
    pub fn authorize_paypal_payment(
        &self,
        id: impl Into<String>,
        invoice_number: impl Into<String>,
        payer_id: impl Into<String>,
    ) -> crate::builders::AuthorizePaypalPayment<'_> {
        crate::builders::AuthorizePaypalPayment {
            client: self.client,
            id: id.into(),
            invoice_number: invoice_number.into(),
            payer_id: payer_id.into(),
        }
    }
    /// Start paying an invoice with Stripe
    ///
    /// `POST /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/stripe` (`startStripePayment`)
    pub fn start_stripe_payment(
        &self,
        id: impl Into<String>,
        invoice_number: impl Into<String>,
        body: crate::types::AnyValue,
    ) -> crate::builders::StartStripePayment<'_> {
        crate::builders::StartStripePayment {
            client: self.client,
            id: id.into(),
            invoice_number: invoice_number.into(),
            body: Some(body),
        }
    }
    /// Confirm a Stripe payment of an invoice
    ///
    /// `PUT /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/stripe/{paymentId}` (`authorizeStripePayment`)
    pub fn authorize_stripe_payment(
        &self,
        id: impl Into<String>,
        invoice_number: impl Into<String>,
        payment_id: impl Into<String>,
    ) -> crate::builders::AuthorizeStripePayment<'_> {
        crate::builders::AuthorizeStripePayment {
            client: self.client,
            id: id.into(),
            invoice_number: invoice_number.into(),
            payment_id: payment_id.into(),
        }
    }
    /// List the saved payment methods of an organisation
    ///
    /// `GET /v4/billing/organisations/{id}/payments/methods` (`listPaymentMethods`)
    pub fn list_payment_methods(
        &self,
        id: impl Into<String>,
    ) -> crate::builders::ListPaymentMethods<'_> {
        crate::builders::ListPaymentMethods {
            client: self.client,
            id: id.into(),
        }
    }
    /// Save a payment method for an organisation
    ///
    /// `POST /v4/billing/organisations/{id}/payments/methods` (`createPaymentMethod`)
    pub fn create_payment_method(
        &self,
        id: impl Into<String>,
        body: crate::types::AnyValue,
    ) -> crate::builders::CreatePaymentMethod<'_> {
        crate::builders::CreatePaymentMethod {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Choose the default payment method of an organisation
    ///
    /// `PUT /v4/billing/organisations/{id}/payments/methods/default` (`setDefaultPaymentMethod`)
    pub fn set_default_payment_method(
        &self,
        id: impl Into<String>,
        body: crate::types::AnyValue,
    ) -> crate::builders::SetDefaultPaymentMethod<'_> {
        crate::builders::SetDefaultPaymentMethod {
            client: self.client,
            id: id.into(),
            body: Some(body),
        }
    }
    /// Delete a saved payment method
    ///
    /// `DELETE /v4/billing/organisations/{id}/payments/methods/{methodId}` (`deletePaymentMethod`)
    pub fn delete_payment_method(
        &self,
        id: impl Into<String>,
        method_id: impl Into<String>,
    ) -> crate::builders::DeletePaymentMethod<'_> {
        crate::builders::DeletePaymentMethod {
            client: self.client,
            id: id.into(),
            method_id: method_id.into(),
        }
    }
    /// Start saving a payment method with Stripe
    ///
    /// `GET /v4/billing/organisations/{id}/payments/stripe/intent` (`createStripeSetupIntent`)
    pub fn create_stripe_setup_intent(
        &self,
        id: impl Into<String>,
        type_: impl Into<String>,
    ) -> crate::builders::CreateStripeSetupIntent<'_> {
        crate::builders::CreateStripeSetupIntent {
            client: self.client,
            id: id.into(),
            type_: type_.into(),
        }
    }
    /// Download one invoice of an organisation as PDF
    ///
    /// Returns the invoice as a PDF document; `invoice` is the invoice number.
    ///
    /// `GET /v4/billing/organisations/{id}/{invoice}.pdf` (`downloadInvoicePdf`)
    pub fn download_invoice_pdf(
        &self,
        id: impl Into<String>,
        invoice: impl Into<String>,
    ) -> crate::builders::DownloadInvoicePdf<'_> {
        crate::builders::DownloadInvoicePdf {
            client: self.client,
            id: id.into(),
            invoice: invoice.into(),
        }
    }
    /// Get the prices that apply to an organisation
    ///
    /// `GET /v4/billing/organisations/{owner_id}/price-system` (`getOrganisationPriceSystem`)
    pub fn get_organisation_price_system(
        &self,
        owner_id: impl Into<String>,
    ) -> crate::builders::GetOrganisationPriceSystem<'_> {
        crate::builders::GetOrganisationPriceSystem {
            client: self.client,
            owner_id: owner_id.into(),
            zone_id: None,
        }
    }
    /// Get the public prices for a zone and currency
    ///
    /// `GET /v4/billing/price-system` (`getPriceSystem`)
    pub fn get_price_system(
        &self,
        zone_id: impl Into<String>,
        currency: impl Into<String>,
    ) -> crate::builders::GetPriceSystem<'_> {
        crate::builders::GetPriceSystem {
            client: self.client,
            zone_id: zone_id.into(),
            currency: currency.into(),
        }
    }
}
/// Key-value settings the web console stores for the current user.
#[derive(Debug, Clone, Copy)]
pub struct ConsoleSettingsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> ConsoleSettingsApi<'a> {
    /// List the console settings of the current user
    ///
    /// `GET /v4/console/settings` (`listConsoleSettings`)
    pub fn list(&self) -> crate::builders::ListConsoleSettings<'_> {
        crate::builders::ListConsoleSettings {
            client: self.client,
            env: None,
        }
    }
    /// Get one console setting
    ///
    /// `GET /v4/console/settings/{name}` (`getConsoleSetting`)
    pub fn get(
        &self,
        name: impl Into<String>,
    ) -> crate::builders::GetConsoleSetting<'_> {
        crate::builders::GetConsoleSetting {
            client: self.client,
            name: name.into(),
            env: None,
        }
    }
    /// Store one console setting
    ///
    /// `PUT /v4/console/settings/{name}` (`setConsoleSetting`)
    pub fn set(
        &self,
        name: impl Into<String>,
        body: impl Into<String>,
    ) -> crate::builders::SetConsoleSetting<'_> {
        crate::builders::SetConsoleSetting {
            client: self.client,
            name: name.into(),
            env: None,
            body: Some(body.into()),
        }
    }
    /// Delete one console setting
    ///
    /// `DELETE /v4/console/settings/{name}` (`deleteConsoleSetting`)
    pub fn delete(
        &self,
        name: impl Into<String>,
    ) -> crate::builders::DeleteConsoleSetting<'_> {
        crate::builders::DeleteConsoleSetting {
            client: self.client,
            name: name.into(),
            env: None,
        }
    }
}
/// Serverless functions and their deployments.
#[derive(Debug, Clone, Copy)]
pub struct FunctionsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> FunctionsApi<'a> {
    /// List the functions of an owner
    ///
    /// `GET /v4/functions/organisations/{ownerId}/functions` (`listFunctions`)
    pub fn list(
        &self,
        owner_id: impl Into<String>,
    ) -> crate::builders::ListFunctions<'_> {
        crate::builders::ListFunctions {
            client: self.client,
            owner_id: owner_id.into(),
        }
    }
    /// Create a function
    ///
    /// `POST /v4/functions/organisations/{ownerId}/functions` (`createFunction`)
    pub fn create(
        &self,
        owner_id: impl Into<String>,
        body: crate::types::FunctionInput,
    ) -> crate::builders::CreateFunction<'_> {
        crate::builders::CreateFunction {
            client: self.client,
            owner_id: owner_id.into(),
            body: Some(body),
        }
    }
    /// Get a function
    ///
    /// `GET /v4/functions/organisations/{ownerId}/functions/{functionId}` (`getFunction`)
    pub fn get(
        &self,
        owner_id: impl Into<String>,
        function_id: impl Into<String>,
    ) -> crate::builders::GetFunction<'_> {
        crate::builders::GetFunction {
            client: self.client,
            owner_id: owner_id.into(),
            function_id: function_id.into(),
        }
    }
    /// Update a function
    ///
    /// `PUT /v4/functions/organisations/{ownerId}/functions/{functionId}` (`updateFunction`)
    pub fn update(
        &self,
        owner_id: impl Into<String>,
        function_id: impl Into<String>,
        body: crate::types::FunctionInput,
    ) -> crate::builders::UpdateFunction<'_> {
        crate::builders::UpdateFunction {
            client: self.client,
            owner_id: owner_id.into(),
            function_id: function_id.into(),
            body: Some(body),
        }
    }
    /// Delete a function
    ///
    /// `DELETE /v4/functions/organisations/{ownerId}/functions/{functionId}` (`deleteFunction`)
    pub fn delete(
        &self,
        owner_id: impl Into<String>,
        function_id: impl Into<String>,
    ) -> crate::builders::DeleteFunction<'_> {
        crate::builders::DeleteFunction {
            client: self.client,
            owner_id: owner_id.into(),
            function_id: function_id.into(),
        }
    }
    /// List the deployments of a function
    ///
    /// `GET /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments` (`listFunctionDeployments`)
    pub fn list_deployments(
        &self,
        owner_id: impl Into<String>,
        function_id: impl Into<String>,
    ) -> crate::builders::ListFunctionDeployments<'_> {
        crate::builders::ListFunctionDeployments {
            client: self.client,
            owner_id: owner_id.into(),
            function_id: function_id.into(),
        }
    }
    /// Create a deployment of a function
    ///
    /// `POST /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments` (`createFunctionDeployment`)
    pub fn create_deployment(
        &self,
        owner_id: impl Into<String>,
        function_id: impl Into<String>,
        body: crate::types::FunctionDeploymentInput,
    ) -> crate::builders::CreateFunctionDeployment<'_> {
        crate::builders::CreateFunctionDeployment {
            client: self.client,
            owner_id: owner_id.into(),
            function_id: function_id.into(),
            body: Some(body),
        }
    }
    /// Get one deployment of a function
    ///
    /// `GET /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}` (`getFunctionDeployment`)
    pub fn get_deployment(
        &self,
        owner_id: impl Into<String>,
        function_id: impl Into<String>,
        deployment_id: impl Into<String>,
    ) -> crate::builders::GetFunctionDeployment<'_> {
        crate::builders::GetFunctionDeployment {
            client: self.client,
            owner_id: owner_id.into(),
            function_id: function_id.into(),
            deployment_id: deployment_id.into(),
        }
    }
    /// Update one deployment of a function
    ///
    /// `PUT /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}` (`updateFunctionDeployment`)
    pub fn update_deployment(
        &self,
        owner_id: impl Into<String>,
        function_id: impl Into<String>,
        deployment_id: impl Into<String>,
        body: crate::types::FunctionDeploymentUpdate,
    ) -> crate::builders::UpdateFunctionDeployment<'_> {
        crate::builders::UpdateFunctionDeployment {
            client: self.client,
            owner_id: owner_id.into(),
            function_id: function_id.into(),
            deployment_id: deployment_id.into(),
            body: Some(body),
        }
    }
    /// Run a deployment of a function
    ///
    /// `POST /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}` (`triggerFunctionDeployment`)
    pub fn trigger_deployment(
        &self,
        owner_id: impl Into<String>,
        function_id: impl Into<String>,
        deployment_id: impl Into<String>,
    ) -> crate::builders::TriggerFunctionDeployment<'_> {
        crate::builders::TriggerFunctionDeployment {
            client: self.client,
            owner_id: owner_id.into(),
            function_id: function_id.into(),
            deployment_id: deployment_id.into(),
        }
    }
    /// Delete one deployment of a function
    ///
    /// `DELETE /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}` (`deleteFunctionDeployment`)
    pub fn delete_deployment(
        &self,
        owner_id: impl Into<String>,
        function_id: impl Into<String>,
        deployment_id: impl Into<String>,
    ) -> crate::builders::DeleteFunctionDeployment<'_> {
        crate::builders::DeleteFunctionDeployment {
            client: self.client,
            owner_id: owner_id.into(),
            function_id: function_id.into(),
            deployment_id: deployment_id.into(),
        }
    }
}
/// Tokens issued by the v4 identity and access service, and their revocations.
#[derive(Debug, Clone, Copy)]
pub struct IamTokensApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> IamTokensApi<'a> {
    /// Create an access token for a Materia KV database
    ///
    /// `POST /v4/iam/organisations/{ownerId}/iam/materia-db-kv/{KVId}/tokens` (`createMateriaKvToken`)
    pub fn create_materia_kv_token(
        &self,
        owner_id: impl Into<String>,
        kv_id: impl Into<String>,
    ) -> crate::builders::CreateMateriaKvToken<'_> {
        crate::builders::CreateMateriaKvToken {
            client: self.client,
            owner_id: owner_id.into(),
            kv_id: kv_id.into(),
        }
    }
    /// List the IAM tokens of an owner
    ///
    /// `GET /v4/iam/organisations/{ownerId}/iam/tokens` (`listIamTokens`)
    pub fn list(
        &self,
        owner_id: impl Into<String>,
    ) -> crate::builders::ListIamTokens<'_> {
        crate::builders::ListIamTokens {
            client: self.client,
            owner_id: owner_id.into(),
            from: None,
            size: None,
        }
    }
    /// Get one IAM token
    ///
    /// `GET /v4/iam/organisations/{ownerId}/iam/tokens/{tokenId}` (`getIamToken`)
    pub fn get(
        &self,
        owner_id: impl Into<String>,
        token_id: impl Into<String>,
    ) -> crate::builders::GetIamToken<'_> {
        crate::builders::GetIamToken {
            client: self.client,
            owner_id: owner_id.into(),
            token_id: token_id.into(),
        }
    }
    /// Revoke one IAM token
    ///
    /// `DELETE /v4/iam/organisations/{ownerId}/iam/tokens/{tokenId}` (`revokeIamToken`)
    pub fn revoke(
        &self,
        owner_id: impl Into<String>,
        token_id: impl Into<String>,
    ) -> crate::builders::RevokeIamToken<'_> {
        crate::builders::RevokeIamToken {
            client: self.client,
            owner_id: owner_id.into(),
            token_id: token_id.into(),
        }
    }
    /// List the revocation IDs of revoked IAM tokens
    ///
    /// `GET /v4/iam/tokens/revocations` (`listIamTokenRevocations`)
    pub fn list_revocations(&self) -> crate::builders::ListIamTokenRevocations<'_> {
        crate::builders::ListIamTokenRevocations {
            client: self.client,
            from: None,
            size: None,
        }
    }
}
/// Load balancers in front of applications and add-ons, and the DNS records to reach them.
#[derive(Debug, Clone, Copy)]
pub struct LoadBalancersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> LoadBalancersApi<'a> {
    /// List the load balancers serving an add-on
    ///
    /// `GET /v4/load-balancers/organisations/{ownerId}/addons/{addonId}/load-balancers/{loadBalancerKind}` (`listAddonLoadBalancers`)
    pub fn list_addon(
        &self,
        owner_id: impl Into<String>,
        addon_id: impl Into<String>,
        load_balancer_kind: impl Into<String>,
    ) -> crate::builders::ListAddonLoadBalancers<'_> {
        crate::builders::ListAddonLoadBalancers {
            client: self.client,
            owner_id: owner_id.into(),
            addon_id: addon_id.into(),
            load_balancer_kind: load_balancer_kind.into(),
        }
    }
    /// Get the DNS records to point a domain at the default load balancers
    ///
    /// `GET /v4/load-balancers/organisations/{ownerId}/applications/{appId}/load-balancers/default` (`getDefaultLoadBalancerDns`)
    pub fn get_default_dns(
        &self,
        owner_id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> crate::builders::GetDefaultLoadBalancerDns<'_> {
        crate::builders::GetDefaultLoadBalancerDns {
            client: self.client,
            owner_id: owner_id.into(),
            app_id: app_id.into(),
        }
    }
    /// List the load balancers serving an application
    ///
    /// `GET /v4/load-balancers/organisations/{ownerId}/applications/{applicationId}/load-balancers/{loadBalancerKind}` (`listApplicationLoadBalancers`)
    pub fn list_application(
        &self,
        owner_id: impl Into<String>,
        application_id: impl Into<String>,
        load_balancer_kind: impl Into<String>,
    ) -> crate::builders::ListApplicationLoadBalancers<'_> {
        crate::builders::ListApplicationLoadBalancers {
            client: self.client,
            owner_id: owner_id.into(),
            application_id: application_id.into(),
            load_balancer_kind: load_balancer_kind.into(),
        }
    }
}
/// Materia KV serverless key-value databases.
#[derive(Debug, Clone, Copy)]
pub struct MateriaApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> MateriaApi<'a> {
    /// Get a Materia KV database
    ///
    /// `GET /v4/materia/organisations/{ownerId}/materia/databases/{id}` (`getMateriaKvDatabase`)
    pub fn get_kv_database(
        &self,
        owner_id: impl Into<String>,
        id: impl Into<String>,
    ) -> crate::builders::GetMateriaKvDatabase<'_> {
        crate::builders::GetMateriaKvDatabase {
            client: self.client,
            owner_id: owner_id.into(),
            id: id.into(),
        }
    }
}
/// Network groups: private WireGuard networks linking applications, add-ons and external peers.
#[derive(Debug, Clone, Copy)]
pub struct NetworkGroupsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> NetworkGroupsApi<'a> {
    /// List the network groups of an owner
    ///
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups` (`listNetworkGroups`)
    pub fn list(
        &self,
        owner_id: impl Into<String>,
    ) -> crate::builders::ListNetworkGroups<'_> {
        crate::builders::ListNetworkGroups {
            client: self.client,
            owner_id: owner_id.into(),
        }
    }
    /// Create a network group
    ///
    /// `POST /v4/networkgroups/organisations/{ownerId}/networkgroups` (`createNetworkGroup`)
    pub fn create(
        &self,
        owner_id: impl Into<String>,
        body: crate::types::NetworkGroupInput,
    ) -> crate::builders::CreateNetworkGroup<'_> {
        crate::builders::CreateNetworkGroup {
            client: self.client,
            owner_id: owner_id.into(),
            body: Some(body),
        }
    }
    /// Get a network group
    ///
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}` (`getNetworkGroup`)
    pub fn get(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
    ) -> crate::builders::GetNetworkGroup<'_> {
        crate::builders::GetNetworkGroup {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
        }
    }
    /// Delete a network group
    ///
    /// `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}` (`deleteNetworkGroup`)
    pub fn delete(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
    ) -> crate::builders::DeleteNetworkGroup<'_> {
        crate::builders::DeleteNetworkGroup {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
        }
    }
    /// Add an external (self-hosted) peer to a network group
    ///
    /// `POST /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/external-peers` (`addNetworkGroupExternalPeer`)
    pub fn add_external_peer(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
        body: crate::types::ExternalPeerInput,
    ) -> crate::builders::AddNetworkGroupExternalPeer<'_> {
        crate::builders::AddNetworkGroupExternalPeer {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
            body: Some(body),
        }
    }
    /// Remove an external peer from a network group
    ///
    /// `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/external-peers/{peerId}` (`removeNetworkGroupExternalPeer`)
    pub fn remove_external_peer(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
        peer_id: impl Into<String>,
    ) -> crate::builders::RemoveNetworkGroupExternalPeer<'_> {
        crate::builders::RemoveNetworkGroupExternalPeer {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
            peer_id: peer_id.into(),
        }
    }
    /// List the members of a network group
    ///
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members` (`listNetworkGroupMembers`)
    pub fn list_members(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
    ) -> crate::builders::ListNetworkGroupMembers<'_> {
        crate::builders::ListNetworkGroupMembers {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
        }
    }
    /// Add an application or add-on to a network group
    ///
    /// The member is added in the background; the answer only says the request was accepted.
    ///
    /// `POST /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members` (`addNetworkGroupMember`)
    pub fn add_member(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
        body: crate::types::NetworkGroupMemberInput,
    ) -> crate::builders::AddNetworkGroupMember<'_> {
        crate::builders::AddNetworkGroupMember {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
            body: Some(body),
        }
    }
    /// Get one member of a network group
    ///
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members/{memberId}` (`getNetworkGroupMember`)
    pub fn get_member(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
        member_id: impl Into<String>,
    ) -> crate::builders::GetNetworkGroupMember<'_> {
        crate::builders::GetNetworkGroupMember {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
            member_id: member_id.into(),
        }
    }
    /// Remove a member from a network group
    ///
    /// `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members/{memberId}` (`removeNetworkGroupMember`)
    pub fn remove_member(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
        member_id: impl Into<String>,
    ) -> crate::builders::RemoveNetworkGroupMember<'_> {
        crate::builders::RemoveNetworkGroupMember {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
            member_id: member_id.into(),
        }
    }
    /// List the peers of a network group
    ///
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers` (`listNetworkGroupPeers`)
    pub fn list_peers(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
    ) -> crate::builders::ListNetworkGroupPeers<'_> {
        crate::builders::ListNetworkGroupPeers {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
        }
    }
    /// Get one peer of a network group
    ///
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}` (`getNetworkGroupPeer`)
    pub fn get_peer(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
        peer_id: impl Into<String>,
    ) -> crate::builders::GetNetworkGroupPeer<'_> {
        crate::builders::GetNetworkGroupPeer {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
            peer_id: peer_id.into(),
        }
    }
    /// Delete one peer of a network group
    ///
    /// `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}` (`deleteNetworkGroupPeer`)
    pub fn delete_peer(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
        peer_id: impl Into<String>,
    ) -> crate::builders::DeleteNetworkGroupPeer<'_> {
        crate::builders::DeleteNetworkGroupPeer {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
            peer_id: peer_id.into(),
        }
    }
    /// Get the WireGuard configuration of a peer
    ///
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}/wireguard/configuration` (`getNetworkGroupPeerWireguardConfig`)
    pub fn get_peer_wireguard_config(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
        peer_id: impl Into<String>,
    ) -> crate::builders::GetNetworkGroupPeerWireguardConfig<'_> {
        crate::builders::GetNetworkGroupPeerWireguardConfig {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
            peer_id: peer_id.into(),
        }
    }
    /// Follow changes to the WireGuard configuration of a peer
    ///
    /// A server-sent events stream that sends the WireGuard configuration again each time it changes.
    ///
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}/wireguard/configuration/stream` (`streamNetworkGroupPeerWireguardConfig`)
    pub fn stream_peer_wireguard_config(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
        peer_id: impl Into<String>,
    ) -> crate::builders::StreamNetworkGroupPeerWireguardConfig<'_> {
        crate::builders::StreamNetworkGroupPeerWireguardConfig {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
            peer_id: peer_id.into(),
        }
    }
    /// Follow changes to a network group
    ///
    /// A server-sent events stream that sends the network group again each time it changes.
    ///
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/stream` (`streamNetworkGroup`)
    pub fn stream(
        &self,
        owner_id: impl Into<String>,
        network_group_id: impl Into<String>,
    ) -> crate::builders::StreamNetworkGroup<'_> {
        crate::builders::StreamNetworkGroup {
            client: self.client,
            owner_id: owner_id.into(),
            network_group_id: network_group_id.into(),
        }
    }
}
/// Personal API tokens, managed on the API bridge host and used there as bearer tokens.
#[derive(Debug, Clone, Copy)]
pub struct ApiTokensApi<'a> {
    pub(crate) client: &'a crate::Client,
}
impl<'a> ApiTokensApi<'a> {
    /// List the API tokens of the current user
    ///
    /// `GET /api-tokens` (`listApiTokens`)
    pub fn list(&self) -> crate::builders::ListApiTokens<'_> {
        crate::builders::ListApiTokens {
            client: self.client,
        }
    }
    /// Create an API token
    ///
    /// Sent to the API bridge host. The account e-mail and password (and a second-factor code when enabled) prove who you are; the token value appears only in this response.
    ///
    /// `POST /api-tokens` (`createApiToken`)
    pub fn create(
        &self,
        body: crate::types::ApiTokenCreateRequest,
    ) -> crate::builders::CreateApiToken<'_> {
        crate::builders::CreateApiToken {
            client: self.client,
            body: Some(body),
        }
    }
    /// Rename or describe an API token
    ///
    /// `PUT /api-tokens/{apiTokenId}` (`updateApiToken`)
    pub fn update(
        &self,
        api_token_id: impl Into<String>,
        body: crate::types::ApiTokenUpdateRequest,
    ) -> crate::builders::UpdateApiToken<'_> {
        crate::builders::UpdateApiToken {
            client: self.client,
            api_token_id: api_token_id.into(),
            body: Some(body),
        }
    }
    /// Revoke an API token
    ///
    /// `DELETE /api-tokens/{apiTokenId}` (`revokeApiToken`)
    pub fn revoke(
        &self,
        api_token_id: impl Into<String>,
    ) -> crate::builders::RevokeApiToken<'_> {
        crate::builders::RevokeApiToken {
            client: self.client,
            api_token_id: api_token_id.into(),
        }
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::get_application_env_with_token`]; finish with [`send`](GetApplicationEnvWithToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetApplicationEnvWithToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) token: Option<String>,
}
impl GetApplicationEnvWithToken<'_> {
    /// Token value.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/application/{appId}/environment`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getApplicationEnvWithToken",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/application/{appId}/environment",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request
            .query(
                "token",
                &self.token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::update_application_env_with_token`]; finish with [`send`](UpdateApplicationEnvWithToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateApplicationEnvWithToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) token: Option<String>,
    pub(crate) body: Option<crate::types::EnvironmentJson>,
}
impl UpdateApplicationEnvWithToken<'_> {
    /// Token value.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sends the request: `PUT /v2/application/{appId}/environment`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateApplicationEnvWithToken",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/application/{appId}/environment",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request
            .query(
                "token",
                &self.token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthApi::authenticate_request`]; finish with [`send`](AuthenticateRequest::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AuthenticateRequest<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner: Option<String>,
    pub(crate) body: Option<crate::types::SignedRequestCheck>,
}
impl AuthenticateRequest<'_> {
    /// Sets the `owner` query parameter.
    pub fn owner(mut self, value: impl Into<String>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sends the request: `POST /v2/authenticate`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "authenticateRequest",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/authenticate",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "owner",
                &self.owner,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthApi::authorize_request`]; finish with [`send`](AuthorizeRequest::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AuthorizeRequest<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::SignedRequestCheck>,
}
impl AuthorizeRequest<'_> {
    /// Sends the request: `POST /v2/authorize`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "authorizeRequest",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/authorize",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BackupsApi::list`]; finish with [`send`](ListBackups::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListBackups<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) ref_: String,
}
impl ListBackups<'_> {
    /// Sends the request: `GET /v2/backups/{ownerId}/{ref}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listBackups",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/backups/{ownerId}/{ref}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("ref", &self.ref_);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::get_link`]; finish with [`send`](GetGithubLink::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetGithubLink<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetGithubLink<'_> {
    /// Sends the request: `GET /v2/github`.
    pub async fn send(
        self,
    ) -> Result<crate::types::OauthTransaction, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getGithubLink",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/github",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::list_repositories`]; finish with [`send`](ListGithubRepositories::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListGithubRepositories<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListGithubRepositories<'_> {
    /// Sends the request: `GET /v2/github/applications`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::GithubRepository>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listGithubRepositories",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/github/applications",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::handle_callback`]; finish with [`send`](HandleGithubCallback::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct HandleGithubCallback<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) code: Option<String>,
    pub(crate) state: Option<String>,
    pub(crate) error: Option<String>,
    pub(crate) error_description: Option<String>,
    pub(crate) error_uri: Option<String>,
}
impl HandleGithubCallback<'_> {
    /// Sets the `code` query parameter.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets the `state` query parameter.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets the `error` query parameter.
    pub fn error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets the `error_description` query parameter.
    pub fn error_description(mut self, value: impl Into<String>) -> Self {
        self.error_description = Some(value.into());
        self
    }
    /// Sets the `error_uri` query parameter.
    pub fn error_uri(mut self, value: impl Into<String>) -> Self {
        self.error_uri = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/github/callback`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "handleGithubCallback",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/github/callback",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "code",
                &self.code,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "state",
                &self.state,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "error",
                &self.error,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "error_description",
                &self.error_description,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "error_uri",
                &self.error_uri,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::list_emails`]; finish with [`send`](ListGithubEmails::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListGithubEmails<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListGithubEmails<'_> {
    /// Sends the request: `GET /v2/github/emails`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listGithubEmails",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/github/emails",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::list_keys`]; finish with [`send`](ListGithubKeys::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListGithubKeys<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListGithubKeys<'_> {
    /// Sends the request: `GET /v2/github/keys`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::SshKey>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listGithubKeys",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/github/keys",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::start_link`]; finish with [`send`](StartGithubLink::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartGithubLink<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) transaction_id: Option<String>,
    pub(crate) redirect_url: Option<String>,
    pub(crate) partner_id: Option<String>,
}
impl StartGithubLink<'_> {
    /// Sets the `transactionId` query parameter.
    pub fn transaction_id(mut self, value: impl Into<String>) -> Self {
        self.transaction_id = Some(value.into());
        self
    }
    /// Sets the `redirectUrl` query parameter.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/github/link`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "startGithubLink",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/github/link",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "transactionId",
                &self.transaction_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "redirectUrl",
                &self.redirect_url,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::unlink`]; finish with [`send`](UnlinkGithub::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UnlinkGithub<'a> {
    pub(crate) client: &'a crate::Client,
}
impl UnlinkGithub<'_> {
    /// Sends the request: `DELETE /v2/github/link`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "unlinkGithub",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/github/link",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::start_login`]; finish with [`send`](StartGithubLogin::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartGithubLogin<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) redirect_url: Option<String>,
    pub(crate) from_authorize: Option<String>,
    pub(crate) cli_token: Option<String>,
    pub(crate) partner_id: Option<String>,
    pub(crate) oauth_token: Option<String>,
    pub(crate) invitation_key: Option<String>,
    pub(crate) subscription_source: Option<String>,
}
impl StartGithubLogin<'_> {
    /// Sets the `redirectUrl` query parameter.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
    /// Sets the `fromAuthorize` query parameter.
    pub fn from_authorize(mut self, value: impl Into<String>) -> Self {
        self.from_authorize = Some(value.into());
        self
    }
    /// Sets the `cli_token` query parameter.
    pub fn cli_token(mut self, value: impl Into<String>) -> Self {
        self.cli_token = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sets the `oauth_token` query parameter.
    pub fn oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets the `invitationKey` query parameter.
    pub fn invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sets the `subscriptionSource` query parameter.
    pub fn subscription_source(mut self, value: impl Into<String>) -> Self {
        self.subscription_source = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/github/login`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "startGithubLogin",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/github/login",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "redirectUrl",
                &self.redirect_url,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "fromAuthorize",
                &self.from_authorize,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "cli_token",
                &self.cli_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_token",
                &self.oauth_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "invitationKey",
                &self.invitation_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "subscriptionSource",
                &self.subscription_source,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::handle_push`]; finish with [`send`](HandleGithubPush::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct HandleGithubPush<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) user_agent: Option<String>,
    pub(crate) x_github_event: Option<String>,
    pub(crate) x_hub_signature: Option<String>,
    pub(crate) body: Option<crate::types::GithubPushPayload>,
}
impl HandleGithubPush<'_> {
    /// Sets the `User-Agent` header parameter.
    pub fn user_agent(mut self, value: impl Into<String>) -> Self {
        self.user_agent = Some(value.into());
        self
    }
    /// Sets the `X-Github-Event` header parameter.
    pub fn x_github_event(mut self, value: impl Into<String>) -> Self {
        self.x_github_event = Some(value.into());
        self
    }
    /// Sets the `X-Hub-Signature` header parameter.
    pub fn x_hub_signature(mut self, value: impl Into<String>) -> Self {
        self.x_hub_signature = Some(value.into());
        self
    }
    /// Sends the request: `POST /v2/github/redeploy`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "handleGithubPush",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/github/redeploy",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.header("User-Agent", &self.user_agent);
        request.header("X-Github-Event", &self.x_github_event);
        request.header("X-Hub-Signature", &self.x_hub_signature);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::start_signup`]; finish with [`send`](StartGithubSignup::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartGithubSignup<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) redirect_url: Option<String>,
    pub(crate) from_authorize: Option<String>,
    pub(crate) cli_token: Option<String>,
    pub(crate) partner_id: Option<String>,
    pub(crate) oauth_token: Option<String>,
    pub(crate) invitation_key: Option<String>,
    pub(crate) subscription_source: Option<String>,
    pub(crate) terms: Option<String>,
}
impl StartGithubSignup<'_> {
    /// Sets the `redirectUrl` query parameter.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
    /// Sets the `fromAuthorize` query parameter.
    pub fn from_authorize(mut self, value: impl Into<String>) -> Self {
        self.from_authorize = Some(value.into());
        self
    }
    /// Sets the `cli_token` query parameter.
    pub fn cli_token(mut self, value: impl Into<String>) -> Self {
        self.cli_token = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sets the `oauth_token` query parameter.
    pub fn oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets the `invitationKey` query parameter.
    pub fn invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sets the `subscriptionSource` query parameter.
    pub fn subscription_source(mut self, value: impl Into<String>) -> Self {
        self.subscription_source = Some(value.into());
        self
    }
    /// Sets the `terms` query parameter.
    pub fn terms(mut self, value: impl Into<String>) -> Self {
        self.terms = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/github/signup`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "startGithubSignup",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/github/signup",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "redirectUrl",
                &self.redirect_url,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "fromAuthorize",
                &self.from_authorize,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "cli_token",
                &self.cli_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_token",
                &self.oauth_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "invitationKey",
                &self.invitation_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "subscriptionSource",
                &self.subscription_source,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "terms",
                &self.terms,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::finish_signup`]; finish with [`send`](FinishGithubSignup::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct FinishGithubSignup<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::ExternalSignupForm>,
}
impl FinishGithubSignup<'_> {
    /// Sends the request: `POST /v2/github/signup`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "finishGithubSignup",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/github/signup",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::GithubApi::get_username`]; finish with [`send`](GetGithubUsername::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetGithubUsername<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetGithubUsername<'_> {
    /// Sends the request: `GET /v2/github/username`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getGithubUsername",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/github/username",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::authorize_paypal_transaction`]; finish with [`send`](AuthorizePaypalTransaction::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AuthorizePaypalTransaction<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) bid: String,
    pub(crate) body: Option<crate::types::PaymentData>,
}
impl AuthorizePaypalTransaction<'_> {
    /// Sends the request: `PUT /v2/invoice/external/paypal/{bid}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "authorizePaypalTransaction",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/invoice/external/paypal/{bid}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("bid", &self.bid);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::cancel_paypal_transaction`]; finish with [`send`](CancelPaypalTransaction::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CancelPaypalTransaction<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) bid: String,
}
impl CancelPaypalTransaction<'_> {
    /// Sends the request: `DELETE /v2/invoice/external/paypal/{bid}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "cancelPaypalTransaction",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/invoice/external/paypal/{bid}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("bid", &self.bid);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::complete_external_invoice`]; finish with [`send`](CompleteExternalInvoicePayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CompleteExternalInvoicePayment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) bid: String,
    pub(crate) body: Option<crate::types::ExternalPaymentResult>,
}
impl CompleteExternalInvoicePayment<'_> {
    /// Sends the request: `POST /v2/invoice/external/{bid}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "completeExternalInvoicePayment",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/invoice/external/{bid}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("bid", &self.bid);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::LogsApi::list_application`]; finish with [`send`](ListApplicationLogs::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListApplicationLogs<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) after: Option<String>,
    pub(crate) before: Option<String>,
    pub(crate) deployment_id: Option<String>,
    pub(crate) filter: Option<String>,
    pub(crate) limit: Option<i32>,
    pub(crate) order: Option<String>,
    pub(crate) since: Option<String>,
}
impl ListApplicationLogs<'_> {
    /// Only lines after this date.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Only lines before this date.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
    /// Only lines of this deployment.
    pub fn deployment_id(mut self, value: impl Into<String>) -> Self {
        self.deployment_id = Some(value.into());
        self
    }
    /// Only lines containing this text.
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// How many lines to return.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sort order of the lines.
    pub fn order(mut self, value: impl Into<String>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Only lines at or after this date.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/logs/{appId}`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::LogLine>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listApplicationLogs",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/logs/{appId}",
            authenticated: true,
            signing_url: Some("https://api.clever-cloud.com/v2/logs/{appId}"),
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request
            .query(
                "after",
                &self.after,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "before",
                &self.before,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "deployment_id",
                &self.deployment_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "filter",
                &self.filter,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "limit",
                &self.limit,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "order",
                &self.order,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "since",
                &self.since,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::LogsApi::list_drains`]; finish with [`send`](ListLogDrains::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListLogDrains<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl ListLogDrains<'_> {
    /// Sends the request: `GET /v2/logs/{appId}/drains`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listLogDrains",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/logs/{appId}/drains",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::LogsApi::create_drain`]; finish with [`send`](CreateLogDrain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateLogDrain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::AnyValue>,
}
impl CreateLogDrain<'_> {
    /// Sends the request: `POST /v2/logs/{appId}/drains`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createLogDrain",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/logs/{appId}/drains",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::LogsApi::delete_drain`]; finish with [`send`](DeleteLogDrain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteLogDrain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) drain_id: String,
}
impl DeleteLogDrain<'_> {
    /// Sends the request: `DELETE /v2/logs/{appId}/drains/{drainId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteLogDrain",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/logs/{appId}/drains/{drainId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("drainId", &self.drain_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::LogsApi::update_drain_state`]; finish with [`send`](UpdateLogDrainState::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateLogDrainState<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) drain_id: String,
    pub(crate) body: Option<crate::types::AnyValue>,
}
impl UpdateLogDrainState<'_> {
    /// Sends the request: `PUT /v2/logs/{appId}/drains/{drainId}/state`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateLogDrainState",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/logs/{appId}/drains/{drainId}/state",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("drainId", &self.drain_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MetricsApi::get_read_token`]; finish with [`send`](GetMetricsReadToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetMetricsReadToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) orga_id: String,
}
impl GetMetricsReadToken<'_> {
    /// Sends the request: `GET /v2/metrics/read/{orgaId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getMetricsReadToken",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/metrics/read/{orgaId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("orgaId", &self.orga_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NewsfeedsApi::get_blog_feed`]; finish with [`send`](GetBlogFeed::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetBlogFeed<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetBlogFeed<'_> {
    /// Sends the request: `GET /v2/newsfeeds/blog`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getBlogFeed",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/newsfeeds/blog",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NewsfeedsApi::get_engineering_feed`]; finish with [`send`](GetEngineeringFeed::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetEngineeringFeed<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetEngineeringFeed<'_> {
    /// Sends the request: `GET /v2/newsfeeds/engineering`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getEngineeringFeed",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/newsfeeds/engineering",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NotificationsApi::list_email_hooks`]; finish with [`send`](ListEmailHooks::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListEmailHooks<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
}
impl ListEmailHooks<'_> {
    /// Sends the request: `GET /v2/notifications/emailhooks/{ownerId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listEmailHooks",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/notifications/emailhooks/{ownerId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NotificationsApi::create_email_hook`]; finish with [`send`](CreateEmailHook::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateEmailHook<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) body: Option<crate::types::AnyValue>,
}
impl CreateEmailHook<'_> {
    /// Sends the request: `POST /v2/notifications/emailhooks/{ownerId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createEmailHook",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/notifications/emailhooks/{ownerId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NotificationsApi::update_email_hook`]; finish with [`send`](UpdateEmailHook::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateEmailHook<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::AnyValue>,
}
impl UpdateEmailHook<'_> {
    /// Sends the request: `PUT /v2/notifications/emailhooks/{ownerId}/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateEmailHook",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/notifications/emailhooks/{ownerId}/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NotificationsApi::delete_email_hook`]; finish with [`send`](DeleteEmailHook::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteEmailHook<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) id: String,
}
impl DeleteEmailHook<'_> {
    /// Sends the request: `DELETE /v2/notifications/emailhooks/{ownerId}/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteEmailHook",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/notifications/emailhooks/{ownerId}/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NotificationsApi::list_event_types`]; finish with [`send`](ListNotificationEventTypes::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListNotificationEventTypes<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListNotificationEventTypes<'_> {
    /// Sends the request: `GET /v2/notifications/info/events`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listNotificationEventTypes",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/notifications/info/events",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NotificationsApi::list_webhook_formats`]; finish with [`send`](ListWebhookFormats::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListWebhookFormats<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListWebhookFormats<'_> {
    /// Sends the request: `GET /v2/notifications/info/webhookformats`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listWebhookFormats",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/notifications/info/webhookformats",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NotificationsApi::list_webhooks`]; finish with [`send`](ListWebhooks::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListWebhooks<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
}
impl ListWebhooks<'_> {
    /// Sends the request: `GET /v2/notifications/webhooks/{ownerId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listWebhooks",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/notifications/webhooks/{ownerId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NotificationsApi::create_webhook`]; finish with [`send`](CreateWebhook::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateWebhook<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) body: Option<crate::types::AnyValue>,
}
impl CreateWebhook<'_> {
    /// Sends the request: `POST /v2/notifications/webhooks/{ownerId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createWebhook",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/notifications/webhooks/{ownerId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NotificationsApi::update_webhook`]; finish with [`send`](UpdateWebhook::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateWebhook<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::AnyValue>,
}
impl UpdateWebhook<'_> {
    /// Sends the request: `PUT /v2/notifications/webhooks/{ownerId}/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateWebhook",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/notifications/webhooks/{ownerId}/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NotificationsApi::delete_webhook`]; finish with [`send`](DeleteWebhook::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteWebhook<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) id: String,
}
impl DeleteWebhook<'_> {
    /// Sends the request: `DELETE /v2/notifications/webhooks/{ownerId}/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteWebhook",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/notifications/webhooks/{ownerId}/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthApi::create_access_token`]; finish with [`send`](CreateAccessToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateAccessToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::OauthParametersForm>,
}
impl CreateAccessToken<'_> {
    /// Sends the request: `POST /v2/oauth/access_token`.
    pub async fn send(
        self,
    ) -> Result<cloudsdk_runtime::Bytes, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createAccessToken",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/oauth/access_token",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.header("accept", &"application/x-www-form-urlencoded");
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.bytes())
    }
}
/// Request builder for [`crate::builders::OauthApi::create_access_token_from_query`]; finish with [`send`](CreateAccessTokenFromQuery::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateAccessTokenFromQuery<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) oauth_consumer_key: Option<String>,
    pub(crate) oauth_token: Option<String>,
    pub(crate) oauth_signature_method: Option<String>,
    pub(crate) oauth_signature: Option<String>,
    pub(crate) oauth_timestamp: Option<String>,
    pub(crate) oauth_nonce: Option<String>,
    pub(crate) oauth_version: Option<String>,
    pub(crate) oauth_verifier: Option<String>,
    pub(crate) oauth_callback: Option<String>,
    pub(crate) oauth_token_secret: Option<String>,
    pub(crate) oauth_callback_confirmed: Option<String>,
}
impl CreateAccessTokenFromQuery<'_> {
    /// Sets the `oauth_consumer_key` query parameter.
    pub fn oauth_consumer_key(mut self, value: impl Into<String>) -> Self {
        self.oauth_consumer_key = Some(value.into());
        self
    }
    /// Sets the `oauth_token` query parameter.
    pub fn oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets the `oauth_signature_method` query parameter.
    pub fn oauth_signature_method(mut self, value: impl Into<String>) -> Self {
        self.oauth_signature_method = Some(value.into());
        self
    }
    /// Sets the `oauth_signature` query parameter.
    pub fn oauth_signature(mut self, value: impl Into<String>) -> Self {
        self.oauth_signature = Some(value.into());
        self
    }
    /// Sets the `oauth_timestamp` query parameter.
    pub fn oauth_timestamp(mut self, value: impl Into<String>) -> Self {
        self.oauth_timestamp = Some(value.into());
        self
    }
    /// Sets the `oauth_nonce` query parameter.
    pub fn oauth_nonce(mut self, value: impl Into<String>) -> Self {
        self.oauth_nonce = Some(value.into());
        self
    }
    /// Sets the `oauth_version` query parameter.
    pub fn oauth_version(mut self, value: impl Into<String>) -> Self {
        self.oauth_version = Some(value.into());
        self
    }
    /// Sets the `oauth_verifier` query parameter.
    pub fn oauth_verifier(mut self, value: impl Into<String>) -> Self {
        self.oauth_verifier = Some(value.into());
        self
    }
    /// Sets the `oauth_callback` query parameter.
    pub fn oauth_callback(mut self, value: impl Into<String>) -> Self {
        self.oauth_callback = Some(value.into());
        self
    }
    /// Sets the `oauth_token_secret` query parameter.
    pub fn oauth_token_secret(mut self, value: impl Into<String>) -> Self {
        self.oauth_token_secret = Some(value.into());
        self
    }
    /// Sets the `oauth_callback_confirmed` query parameter.
    pub fn oauth_callback_confirmed(mut self, value: impl Into<String>) -> Self {
        self.oauth_callback_confirmed = Some(value.into());
        self
    }
    /// Sends the request: `POST /v2/oauth/access_token_query`.
    pub async fn send(
        self,
    ) -> Result<cloudsdk_runtime::Bytes, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createAccessTokenFromQuery",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/oauth/access_token_query",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "oauth_consumer_key",
                &self.oauth_consumer_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_token",
                &self.oauth_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_signature_method",
                &self.oauth_signature_method,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_signature",
                &self.oauth_signature,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_timestamp",
                &self.oauth_timestamp,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_nonce",
                &self.oauth_nonce,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_version",
                &self.oauth_version,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_verifier",
                &self.oauth_verifier,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_callback",
                &self.oauth_callback,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_token_secret",
                &self.oauth_token_secret,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_callback_confirmed",
                &self.oauth_callback_confirmed,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"application/x-www-form-urlencoded");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.bytes())
    }
}
/// Request builder for [`crate::builders::OauthApi::get_authorize_form`]; finish with [`send`](GetAuthorizeForm::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAuthorizeForm<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) oauth_token: Option<String>,
    pub(crate) ccid: Option<String>,
    pub(crate) cli_token: Option<String>,
    pub(crate) from_oauth: Option<String>,
    pub(crate) partner_id: Option<String>,
}
impl GetAuthorizeForm<'_> {
    /// Sets the `oauth_token` query parameter.
    pub fn oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets the `ccid` query parameter.
    pub fn ccid(mut self, value: impl Into<String>) -> Self {
        self.ccid = Some(value.into());
        self
    }
    /// Sets the `cli_token` query parameter.
    pub fn cli_token(mut self, value: impl Into<String>) -> Self {
        self.cli_token = Some(value.into());
        self
    }
    /// Sets the `from_oauth` query parameter.
    pub fn from_oauth(mut self, value: impl Into<String>) -> Self {
        self.from_oauth = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/oauth/authorize`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getAuthorizeForm",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/oauth/authorize",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "oauth_token",
                &self.oauth_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "ccid",
                &self.ccid,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "cli_token",
                &self.cli_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "from_oauth",
                &self.from_oauth,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthApi::authorize_request_token`]; finish with [`send`](AuthorizeRequestToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AuthorizeRequestToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::OauthAuthorizationForm>,
}
impl AuthorizeRequestToken<'_> {
    /// Sends the request: `POST /v2/oauth/authorize`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "authorizeRequestToken",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/oauth/authorize",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthApi::get_login_data`]; finish with [`send`](GetOauthLoginData::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOauthLoginData<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) oauth_key: Option<String>,
}
impl GetOauthLoginData<'_> {
    /// Sets the `oauth_key` query parameter.
    pub fn oauth_key(mut self, value: impl Into<String>) -> Self {
        self.oauth_key = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/oauth/login_data`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOauthLoginData",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/oauth/login_data",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "oauth_key",
                &self.oauth_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthApi::create_request_token`]; finish with [`send`](CreateRequestToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateRequestToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) partner_id: Option<String>,
    pub(crate) body: Option<crate::types::OauthParametersForm>,
}
impl CreateRequestToken<'_> {
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `POST /v2/oauth/request_token`.
    pub async fn send(
        self,
    ) -> Result<cloudsdk_runtime::Bytes, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createRequestToken",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/oauth/request_token",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"application/x-www-form-urlencoded");
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.bytes())
    }
}
/// Request builder for [`crate::builders::OauthApi::create_request_token_from_query`]; finish with [`send`](CreateRequestTokenFromQuery::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateRequestTokenFromQuery<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) partner_id: Option<String>,
    pub(crate) oauth_consumer_key: Option<String>,
    pub(crate) oauth_token: Option<String>,
    pub(crate) oauth_signature_method: Option<String>,
    pub(crate) oauth_signature: Option<String>,
    pub(crate) oauth_timestamp: Option<String>,
    pub(crate) oauth_nonce: Option<String>,
    pub(crate) oauth_version: Option<String>,
    pub(crate) oauth_verifier: Option<String>,
    pub(crate) oauth_callback: Option<String>,
    pub(crate) oauth_token_secret: Option<String>,
    pub(crate) oauth_callback_confirmed: Option<String>,
}
impl CreateRequestTokenFromQuery<'_> {
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sets the `oauth_consumer_key` query parameter.
    pub fn oauth_consumer_key(mut self, value: impl Into<String>) -> Self {
        self.oauth_consumer_key = Some(value.into());
        self
    }
    /// Sets the `oauth_token` query parameter.
    pub fn oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets the `oauth_signature_method` query parameter.
    pub fn oauth_signature_method(mut self, value: impl Into<String>) -> Self {
        self.oauth_signature_method = Some(value.into());
        self
    }
    /// Sets the `oauth_signature` query parameter.
    pub fn oauth_signature(mut self, value: impl Into<String>) -> Self {
        self.oauth_signature = Some(value.into());
        self
    }
    /// Sets the `oauth_timestamp` query parameter.
    pub fn oauth_timestamp(mut self, value: impl Into<String>) -> Self {
        self.oauth_timestamp = Some(value.into());
        self
    }
    /// Sets the `oauth_nonce` query parameter.
    pub fn oauth_nonce(mut self, value: impl Into<String>) -> Self {
        self.oauth_nonce = Some(value.into());
        self
    }
    /// Sets the `oauth_version` query parameter.
    pub fn oauth_version(mut self, value: impl Into<String>) -> Self {
        self.oauth_version = Some(value.into());
        self
    }
    /// Sets the `oauth_verifier` query parameter.
    pub fn oauth_verifier(mut self, value: impl Into<String>) -> Self {
        self.oauth_verifier = Some(value.into());
        self
    }
    /// Sets the `oauth_callback` query parameter.
    pub fn oauth_callback(mut self, value: impl Into<String>) -> Self {
        self.oauth_callback = Some(value.into());
        self
    }
    /// Sets the `oauth_token_secret` query parameter.
    pub fn oauth_token_secret(mut self, value: impl Into<String>) -> Self {
        self.oauth_token_secret = Some(value.into());
        self
    }
    /// Sets the `oauth_callback_confirmed` query parameter.
    pub fn oauth_callback_confirmed(mut self, value: impl Into<String>) -> Self {
        self.oauth_callback_confirmed = Some(value.into());
        self
    }
    /// Sends the request: `POST /v2/oauth/request_token_query`.
    pub async fn send(
        self,
    ) -> Result<cloudsdk_runtime::Bytes, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createRequestTokenFromQuery",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/oauth/request_token_query",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_consumer_key",
                &self.oauth_consumer_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_token",
                &self.oauth_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_signature_method",
                &self.oauth_signature_method,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_signature",
                &self.oauth_signature,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_timestamp",
                &self.oauth_timestamp,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_nonce",
                &self.oauth_nonce,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_version",
                &self.oauth_version,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_verifier",
                &self.oauth_verifier,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_callback",
                &self.oauth_callback,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_token_secret",
                &self.oauth_token_secret,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_callback_confirmed",
                &self.oauth_callback_confirmed,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"application/x-www-form-urlencoded");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.bytes())
    }
}
/// Request builder for [`crate::builders::OauthApi::list_rights`]; finish with [`send`](ListOauthRights::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOauthRights<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListOauthRights<'_> {
    /// Sends the request: `GET /v2/oauth/rights`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOauthRights",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/oauth/rights",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SessionsApi::handle_oidc_callback`]; finish with [`send`](HandleOidcCallback::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct HandleOidcCallback<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service: String,
    pub(crate) code: Option<String>,
    pub(crate) state: Option<String>,
    pub(crate) error: Option<String>,
    pub(crate) error_description: Option<String>,
    pub(crate) error_uri: Option<String>,
}
impl HandleOidcCallback<'_> {
    /// Sets the `code` query parameter.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets the `state` query parameter.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets the `error` query parameter.
    pub fn error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets the `error_description` query parameter.
    pub fn error_description(mut self, value: impl Into<String>) -> Self {
        self.error_description = Some(value.into());
        self
    }
    /// Sets the `error_uri` query parameter.
    pub fn error_uri(mut self, value: impl Into<String>) -> Self {
        self.error_uri = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/oidc/{service}/callback`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "handleOidcCallback",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/oidc/{service}/callback",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("service", &self.service);
        request
            .query(
                "code",
                &self.code,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "state",
                &self.state,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "error",
                &self.error,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "error_description",
                &self.error_description,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "error_uri",
                &self.error_uri,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SessionsApi::start_oidc_login`]; finish with [`send`](StartOidcLogin::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartOidcLogin<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service: String,
    pub(crate) redirect_url: Option<String>,
    pub(crate) from_authorize: Option<String>,
    pub(crate) cli_token: Option<String>,
    pub(crate) partner_id: Option<String>,
    pub(crate) oauth_token: Option<String>,
    pub(crate) invitation_key: Option<String>,
    pub(crate) subscription_source: Option<String>,
}
impl StartOidcLogin<'_> {
    /// Sets the `redirectUrl` query parameter.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
    /// Sets the `fromAuthorize` query parameter.
    pub fn from_authorize(mut self, value: impl Into<String>) -> Self {
        self.from_authorize = Some(value.into());
        self
    }
    /// Sets the `cli_token` query parameter.
    pub fn cli_token(mut self, value: impl Into<String>) -> Self {
        self.cli_token = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sets the `oauth_token` query parameter.
    pub fn oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets the `invitationKey` query parameter.
    pub fn invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sets the `subscriptionSource` query parameter.
    pub fn subscription_source(mut self, value: impl Into<String>) -> Self {
        self.subscription_source = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/oidc/{service}/login`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "startOidcLogin",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/oidc/{service}/login",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("service", &self.service);
        request
            .query(
                "redirectUrl",
                &self.redirect_url,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "fromAuthorize",
                &self.from_authorize,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "cli_token",
                &self.cli_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_token",
                &self.oauth_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "invitationKey",
                &self.invitation_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "subscriptionSource",
                &self.subscription_source,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SessionsApi::start_oidc_signup`]; finish with [`send`](StartOidcSignup::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartOidcSignup<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service: String,
    pub(crate) redirect_url: Option<String>,
    pub(crate) from_authorize: Option<String>,
    pub(crate) cli_token: Option<String>,
    pub(crate) oauth_token: Option<String>,
    pub(crate) invitation_key: Option<String>,
    pub(crate) subscription_source: Option<String>,
    pub(crate) terms: Option<String>,
    pub(crate) partner_id: Option<String>,
}
impl StartOidcSignup<'_> {
    /// Sets the `redirectUrl` query parameter.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
    /// Sets the `fromAuthorize` query parameter.
    pub fn from_authorize(mut self, value: impl Into<String>) -> Self {
        self.from_authorize = Some(value.into());
        self
    }
    /// Sets the `cli_token` query parameter.
    pub fn cli_token(mut self, value: impl Into<String>) -> Self {
        self.cli_token = Some(value.into());
        self
    }
    /// Sets the `oauth_token` query parameter.
    pub fn oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets the `invitationKey` query parameter.
    pub fn invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sets the `subscriptionSource` query parameter.
    pub fn subscription_source(mut self, value: impl Into<String>) -> Self {
        self.subscription_source = Some(value.into());
        self
    }
    /// Sets the `terms` query parameter.
    pub fn terms(mut self, value: impl Into<String>) -> Self {
        self.terms = Some(value.into());
        self
    }
    /// Sets the `partnerId` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/oidc/{service}/signup`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "startOidcSignup",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/oidc/{service}/signup",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("service", &self.service);
        request
            .query(
                "redirectUrl",
                &self.redirect_url,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "fromAuthorize",
                &self.from_authorize,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "cli_token",
                &self.cli_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "oauth_token",
                &self.oauth_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "invitationKey",
                &self.invitation_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "subscriptionSource",
                &self.subscription_source,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "terms",
                &self.terms,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partnerId",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SessionsApi::finish_oidc_signup`]; finish with [`send`](FinishOidcSignup::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct FinishOidcSignup<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service: String,
    pub(crate) body: Option<crate::types::ExternalSignupForm>,
}
impl FinishOidcSignup<'_> {
    /// Sends the request: `POST /v2/oidc/{service}/signup`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "finishOidcSignup",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/oidc/{service}/signup",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("service", &self.service);
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OrganisationsApi::list`]; finish with [`send`](ListOrganisations::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisations<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListOrganisations<'_> {
    /// Sends the request: `GET /v2/organisations`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Organisation>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisations",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OrganisationsApi::create`]; finish with [`send`](CreateOrganisation::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::OrganisationInput>,
}
impl CreateOrganisation<'_> {
    /// Sends the request: `POST /v2/organisations`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Organisation, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createOrganisation",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OrganisationsApi::get`]; finish with [`send`](GetOrganisation::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetOrganisation<'_> {
    /// Sends the request: `GET /v2/organisations/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Organisation, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisation",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OrganisationsApi::update`]; finish with [`send`](UpdateOrganisation::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::OrganisationInput>,
}
impl UpdateOrganisation<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Organisation, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateOrganisation",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OrganisationsApi::delete`]; finish with [`send`](DeleteOrganisation::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl DeleteOrganisation<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOrganisation",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::list`]; finish with [`send`](ListAddonProviders::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListAddonProviders<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListAddonProviders<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addonproviders`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::AddonProviderDetails>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listAddonProviders",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addonproviders",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::create`]; finish with [`send`](CreateAddonProvider::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateAddonProvider<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::AddonProviderRegistration>,
}
impl CreateAddonProvider<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/addonproviders`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonProviderDetails, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createAddonProvider",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/addonproviders",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::get`]; finish with [`send`](GetAddonProvider::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAddonProvider<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
}
impl GetAddonProvider<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addonproviders/{providerId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonProviderInfo, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getAddonProvider",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addonproviders/{providerId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::update`]; finish with [`send`](UpdateAddonProvider::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateAddonProvider<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
    pub(crate) body: Option<crate::types::AddonProviderInfoInput>,
}
impl UpdateAddonProvider<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/addonproviders/{providerId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonProviderInfo, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateAddonProvider",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/addonproviders/{providerId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::delete`]; finish with [`send`](DeleteAddonProvider::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteAddonProvider<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
}
impl DeleteAddonProvider<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/addonproviders/{providerId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteAddonProvider",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/addonproviders/{providerId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::list_features`]; finish with [`send`](ListAddonProviderFeatures::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListAddonProviderFeatures<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
}
impl ListAddonProviderFeatures<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addonproviders/{providerId}/features`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::AddonFeature>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listAddonProviderFeatures",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/features",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::create_feature`]; finish with [`send`](CreateAddonProviderFeature::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateAddonProviderFeature<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
    pub(crate) body: Option<crate::types::AddonFeatureInput>,
}
impl CreateAddonProviderFeature<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/addonproviders/{providerId}/features`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonFeature, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createAddonProviderFeature",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/features",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::delete_feature`]; finish with [`send`](DeleteAddonProviderFeature::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteAddonProviderFeature<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
    pub(crate) feature_id: String,
}
impl DeleteAddonProviderFeature<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/addonproviders/{providerId}/features/{featureId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteAddonProviderFeature",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/features/{featureId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        request.path_param("featureId", &self.feature_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::list_plans`]; finish with [`send`](ListAddonProviderPlans::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListAddonProviderPlans<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
}
impl ListAddonProviderPlans<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addonproviders/{providerId}/plans`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::AddonPlan>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listAddonProviderPlans",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/plans",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::create_plan`]; finish with [`send`](CreateAddonProviderPlan::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateAddonProviderPlan<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
    pub(crate) body: Option<crate::types::AddonPlanInput>,
}
impl CreateAddonProviderPlan<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/addonproviders/{providerId}/plans`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonPlan, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createAddonProviderPlan",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/plans",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::get_plan`]; finish with [`send`](GetAddonProviderPlan::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAddonProviderPlan<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
    pub(crate) plan_id: String,
}
impl GetAddonProviderPlan<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonPlan, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getAddonProviderPlan",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        request.path_param("planId", &self.plan_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::update_plan`]; finish with [`send`](UpdateAddonProviderPlan::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateAddonProviderPlan<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
    pub(crate) plan_id: String,
    pub(crate) body: Option<crate::types::AddonPlanInput>,
}
impl UpdateAddonProviderPlan<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonPlan, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateAddonProviderPlan",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        request.path_param("planId", &self.plan_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::delete_plan`]; finish with [`send`](DeleteAddonProviderPlan::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteAddonProviderPlan<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
    pub(crate) plan_id: String,
}
impl DeleteAddonProviderPlan<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteAddonProviderPlan",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        request.path_param("planId", &self.plan_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::update_plan_feature`]; finish with [`send`](UpdateAddonProviderPlanFeature::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateAddonProviderPlanFeature<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
    pub(crate) plan_id: String,
    pub(crate) feature_name: String,
    pub(crate) body: Option<crate::types::AddonPlanFeature>,
}
impl UpdateAddonProviderPlanFeature<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}/features/{featureName}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonPlan, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateAddonProviderPlanFeature",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}/features/{featureName}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        request.path_param("planId", &self.plan_id);
        request.path_param("featureName", &self.feature_name);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::delete_plan_feature`]; finish with [`send`](DeleteAddonProviderPlanFeature::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteAddonProviderPlanFeature<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
    pub(crate) plan_id: String,
    pub(crate) feature_name: String,
}
impl DeleteAddonProviderPlanFeature<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}/features/{featureName}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteAddonProviderPlanFeature",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}/features/{featureName}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        request.path_param("planId", &self.plan_id);
        request.path_param("featureName", &self.feature_name);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::get_sso_data`]; finish with [`send`](GetAddonProviderSsoData::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAddonProviderSsoData<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
}
impl GetAddonProviderSsoData<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addonproviders/{providerId}/sso`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonProviderSsoData, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getAddonProviderSsoData",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/sso",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::list_tags`]; finish with [`send`](ListAddonProviderTags::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListAddonProviderTags<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
}
impl ListAddonProviderTags<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addonproviders/{providerId}/tags`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listAddonProviderTags",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/tags",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::add_tester`]; finish with [`send`](AddAddonProviderTester::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddAddonProviderTester<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) provider_id: String,
}
impl AddAddonProviderTester<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/addonproviders/{providerId}/testers`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addAddonProviderTester",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/addonproviders/{providerId}/testers",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("providerId", &self.provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::list_organisation`]; finish with [`send`](ListOrganisationAddons::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationAddons<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListOrganisationAddons<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addons`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Addon>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationAddons",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::create_organisation`]; finish with [`send`](CreateOrganisationAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateOrganisationAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::AddonProvisionRequest>,
}
impl CreateOrganisationAddon<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/addons`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Addon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createOrganisationAddon",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/addons",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::preorder_organisation`]; finish with [`send`](PreorderOrganisationAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct PreorderOrganisationAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::AddonProvisionRequest>,
}
impl PreorderOrganisationAddon<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/addons/preorders`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "preorderOrganisationAddon",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/addons/preorders",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::get_organisation`]; finish with [`send`](GetOrganisationAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
}
impl GetOrganisationAddon<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addons/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Addon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationAddon",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::update_organisation`]; finish with [`send`](UpdateOrganisationAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateOrganisationAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
    pub(crate) body: Option<crate::types::AddonProvisionRequest>,
}
impl UpdateOrganisationAddon<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/addons/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Addon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateOrganisationAddon",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/addons/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::delete_organisation`]; finish with [`send`](DeleteOrganisationAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOrganisationAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
}
impl DeleteOrganisationAddon<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/addons/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOrganisationAddon",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/addons/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::list_organisation_applications`]; finish with [`send`](ListOrganisationAddonApplications::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationAddonApplications<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
}
impl ListOrganisationAddonApplications<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addons/{addonId}/applications`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Application>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationAddonApplications",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons/{addonId}/applications",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::list_organisation_addon_env`]; finish with [`send`](ListOrganisationAddonEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationAddonEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
}
impl ListOrganisationAddonEnv<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addons/{addonId}/env`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::EnvVar>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationAddonEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons/{addonId}/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::InstancesApi::list_organisation_addon`]; finish with [`send`](ListOrganisationAddonInstances::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationAddonInstances<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
    pub(crate) deployment_id: Option<String>,
    pub(crate) with_deleted: Option<String>,
}
impl ListOrganisationAddonInstances<'_> {
    /// Deployment ID.
    pub fn deployment_id(mut self, value: impl Into<String>) -> Self {
        self.deployment_id = Some(value.into());
        self
    }
    /// Sets the `withDeleted` query parameter.
    pub fn with_deleted(mut self, value: impl Into<String>) -> Self {
        self.with_deleted = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/organisations/{id}/addons/{addonId}/instances`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Instance>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationAddonInstances",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons/{addonId}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        request
            .query(
                "deploymentId",
                &self.deployment_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "withDeleted",
                &self.with_deleted,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::InstancesApi::get_organisation_addon`]; finish with [`send`](GetOrganisationAddonInstance::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationAddonInstance<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
    pub(crate) instance_id: String,
}
impl GetOrganisationAddonInstance<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addons/{addonId}/instances/{instanceId}`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationAddonInstance",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons/{addonId}/instances/{instanceId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        request.path_param("instanceId", &self.instance_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::list_organisation_migrations`]; finish with [`send`](ListOrganisationAddonMigrations::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationAddonMigrations<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
}
impl ListOrganisationAddonMigrations<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addons/{addonId}/migrations`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationAddonMigrations",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons/{addonId}/migrations",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::migrate_organisation`]; finish with [`send`](MigrateOrganisationAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct MigrateOrganisationAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
    pub(crate) body: Option<crate::types::AddonPlanChange>,
}
impl MigrateOrganisationAddon<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/addons/{addonId}/migrations`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "migrateOrganisationAddon",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/addons/{addonId}/migrations",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::preorder_organisation_migration`]; finish with [`send`](PreorderOrganisationAddonMigration::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct PreorderOrganisationAddonMigration<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
    pub(crate) plan_id: Option<String>,
}
impl PreorderOrganisationAddonMigration<'_> {
    /// Plan ID.
    pub fn plan_id(mut self, value: impl Into<String>) -> Self {
        self.plan_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/organisations/{id}/addons/{addonId}/migrations/preorders`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "preorderOrganisationAddonMigration",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons/{addonId}/migrations/preorders",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        request
            .query(
                "planId",
                &self.plan_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::get_organisation_migration`]; finish with [`send`](GetOrganisationAddonMigration::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationAddonMigration<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
    pub(crate) migration_id: String,
}
impl GetOrganisationAddonMigration<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addons/{addonId}/migrations/{migrationId}`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationAddonMigration",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons/{addonId}/migrations/{migrationId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        request.path_param("migrationId", &self.migration_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::abort_organisation_migration`]; finish with [`send`](AbortOrganisationAddonMigration::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AbortOrganisationAddonMigration<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
    pub(crate) migration_id: String,
}
impl AbortOrganisationAddonMigration<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/addons/{addonId}/migrations/{migrationId}`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "abortOrganisationAddonMigration",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/addons/{addonId}/migrations/{migrationId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        request.path_param("migrationId", &self.migration_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::get_organisation_sso_data`]; finish with [`send`](GetOrganisationAddonSsoData::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationAddonSsoData<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
}
impl GetOrganisationAddonSsoData<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addons/{addonId}/sso`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonProviderSsoData, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationAddonSsoData",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons/{addonId}/sso",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::list_organisation_tags`]; finish with [`send`](ListOrganisationAddonTags::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationAddonTags<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
}
impl ListOrganisationAddonTags<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/addons/{addonId}/tags`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationAddonTags",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/addons/{addonId}/tags",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::replace_organisation_tags`]; finish with [`send`](ReplaceOrganisationAddonTags::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ReplaceOrganisationAddonTags<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
    pub(crate) body: Option<crate::types::TagList>,
}
impl ReplaceOrganisationAddonTags<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/addons/{addonId}/tags`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "replaceOrganisationAddonTags",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/addons/{addonId}/tags",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::add_organisation_tag`]; finish with [`send`](AddOrganisationAddonTag::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddOrganisationAddonTag<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
    pub(crate) tag: String,
}
impl AddOrganisationAddonTag<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/addons/{addonId}/tags/{tag}`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addOrganisationAddonTag",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/addons/{addonId}/tags/{tag}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        request.path_param("tag", &self.tag);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::remove_organisation_tag`]; finish with [`send`](RemoveOrganisationAddonTag::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveOrganisationAddonTag<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) addon_id: String,
    pub(crate) tag: String,
}
impl RemoveOrganisationAddonTag<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/addons/{addonId}/tags/{tag}`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeOrganisationAddonTag",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/addons/{addonId}/tags/{tag}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("addonId", &self.addon_id);
        request.path_param("tag", &self.tag);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list_organisation`]; finish with [`send`](ListOrganisationApplications::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplications<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) instance_id: Option<String>,
}
impl ListOrganisationApplications<'_> {
    /// Instance ID.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/organisations/{id}/applications`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Application>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplications",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request
            .query(
                "instanceId",
                &self.instance_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::create_organisation`]; finish with [`send`](CreateOrganisationApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateOrganisationApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::ApplicationInput>,
}
impl CreateOrganisationApplication<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/applications`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createOrganisationApplication",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/applications",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::get_organisation`]; finish with [`send`](GetOrganisationApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl GetOrganisationApplication<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationApplication",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::update_organisation`]; finish with [`send`](UpdateOrganisationApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateOrganisationApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::ApplicationInput>,
}
impl UpdateOrganisationApplication<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateOrganisationApplication",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::delete_organisation`]; finish with [`send`](DeleteOrganisationApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOrganisationApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl DeleteOrganisationApplication<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOrganisationApplication",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list_organisation_addons`]; finish with [`send`](ListOrganisationApplicationAddons::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationAddons<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationAddons<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/addons`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Addon>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationAddons",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::link_organisation_addon`]; finish with [`send`](LinkOrganisationApplicationAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct LinkOrganisationApplicationAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::AddonIdBody>,
}
impl LinkOrganisationApplicationAddon<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/applications/{appId}/addons`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "linkOrganisationApplicationAddon",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/applications/{appId}/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::list_organisation_application_addons_env`]; finish with [`send`](ListOrganisationApplicationAddonsEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationAddonsEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationAddonsEnv<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/addons/env`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::LinkedAddonEnv>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationAddonsEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/addons/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::unlink_organisation_addon`]; finish with [`send`](UnlinkOrganisationApplicationAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UnlinkOrganisationApplicationAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) addon_id: String,
}
impl UnlinkOrganisationApplicationAddon<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}/addons/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "unlinkOrganisationApplicationAddon",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}/addons/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BranchesApi::set_organisation_application_branch`]; finish with [`send`](SetOrganisationApplicationBranch::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetOrganisationApplicationBranch<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::BranchInput>,
}
impl SetOrganisationApplicationBranch<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}/branch`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setOrganisationApplicationBranch",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}/branch",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BranchesApi::list_organisation_application`]; finish with [`send`](ListOrganisationApplicationBranches::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationBranches<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationBranches<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/branches`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationBranches",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/branches",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ScalabilityApi::set_organisation_application_build_flavor`]; finish with [`send`](SetOrganisationApplicationBuildFlavor::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetOrganisationApplicationBuildFlavor<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::BuildFlavorInput>,
}
impl SetOrganisationApplicationBuildFlavor<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}/buildflavor`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setOrganisationApplicationBuildFlavor",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}/buildflavor",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list_organisation_dependencies`]; finish with [`send`](ListOrganisationApplicationDependencies::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationDependencies<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationDependencies<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/dependencies`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Application>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationDependencies",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/dependencies",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::list_organisation_application_dependencies_env`]; finish with [`send`](ListOrganisationApplicationDependenciesEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationDependenciesEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationDependenciesEnv<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/dependencies/env`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationDependenciesEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/dependencies/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::add_organisation_dependency`]; finish with [`send`](AddOrganisationApplicationDependency::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddOrganisationApplicationDependency<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) dependency_id: String,
}
impl AddOrganisationApplicationDependency<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}/dependencies/{dependencyId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addOrganisationApplicationDependency",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}/dependencies/{dependencyId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("dependencyId", &self.dependency_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::remove_organisation_dependency`]; finish with [`send`](RemoveOrganisationApplicationDependency::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveOrganisationApplicationDependency<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) dependency_id: String,
}
impl RemoveOrganisationApplicationDependency<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}/dependencies/{dependencyId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeOrganisationApplicationDependency",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}/dependencies/{dependencyId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("dependencyId", &self.dependency_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list_organisation_dependents`]; finish with [`send`](ListOrganisationApplicationDependents::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationDependents<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationDependents<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/dependents`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Application>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationDependents",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/dependents",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::list_organisation_application`]; finish with [`send`](ListOrganisationApplicationDeployments::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationDeployments<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) limit: Option<String>,
    pub(crate) offset: Option<String>,
    pub(crate) action: Option<String>,
}
impl ListOrganisationApplicationDeployments<'_> {
    /// Maximum number of items to return.
    pub fn limit(mut self, value: impl Into<String>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Number of items to skip.
    pub fn offset(mut self, value: impl Into<String>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Sets the `action` query parameter.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/deployments`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Deployment>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationDeployments",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/deployments",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request
            .query(
                "limit",
                &self.limit,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "offset",
                &self.offset,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "action",
                &self.action,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::get_organisation_application`]; finish with [`send`](GetOrganisationApplicationDeployment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationApplicationDeployment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) deployment_id: String,
}
impl GetOrganisationApplicationDeployment<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/deployments/{deploymentId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationApplicationDeployment",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/deployments/{deploymentId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("deploymentId", &self.deployment_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::cancel_organisation_application`]; finish with [`send`](CancelOrganisationApplicationDeployment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CancelOrganisationApplicationDeployment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) deployment_id: String,
}
impl CancelOrganisationApplicationDeployment<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}/deployments/{deploymentId}/instances`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "cancelOrganisationApplicationDeployment",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}/deployments/{deploymentId}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("deploymentId", &self.deployment_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::list_organisation_application_env`]; finish with [`send`](ListOrganisationApplicationEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationEnv<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/env`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::EnvVar>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::replace_organisation_application_env`]; finish with [`send`](ReplaceOrganisationApplicationEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ReplaceOrganisationApplicationEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::EnvironmentJson>,
}
impl ReplaceOrganisationApplicationEnv<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}/env`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "replaceOrganisationApplicationEnv",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::set_organisation_application_env_var`]; finish with [`send`](SetOrganisationApplicationEnvVar::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetOrganisationApplicationEnvVar<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) env_name: String,
    pub(crate) body: Option<crate::types::ValueInput>,
}
impl SetOrganisationApplicationEnvVar<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}/env/{envName}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setOrganisationApplicationEnvVar",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}/env/{envName}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("envName", &self.env_name);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::delete_organisation_application_env_var`]; finish with [`send`](DeleteOrganisationApplicationEnvVar::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOrganisationApplicationEnvVar<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) env_name: String,
}
impl DeleteOrganisationApplicationEnvVar<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}/env/{envName}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOrganisationApplicationEnvVar",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}/env/{envName}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("envName", &self.env_name);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::get_organisation_application_exposed_env`]; finish with [`send`](GetOrganisationApplicationExposedEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationApplicationExposedEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl GetOrganisationApplicationExposedEnv<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/exposed_env`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationApplicationExposedEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/exposed_env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::replace_organisation_application_exposed_env`]; finish with [`send`](ReplaceOrganisationApplicationExposedEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ReplaceOrganisationApplicationExposedEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::EnvironmentJson>,
}
impl ReplaceOrganisationApplicationExposedEnv<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}/exposed_env`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "replaceOrganisationApplicationExposedEnv",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}/exposed_env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::InstancesApi::list_organisation_application`]; finish with [`send`](ListOrganisationApplicationInstances::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationInstances<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) deployment_id: Option<String>,
    pub(crate) with_deleted: Option<String>,
}
impl ListOrganisationApplicationInstances<'_> {
    /// Deployment ID.
    pub fn deployment_id(mut self, value: impl Into<String>) -> Self {
        self.deployment_id = Some(value.into());
        self
    }
    /// Sets the `withDeleted` query parameter.
    pub fn with_deleted(mut self, value: impl Into<String>) -> Self {
        self.with_deleted = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/instances`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Instance>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationInstances",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request
            .query(
                "deploymentId",
                &self.deployment_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "withDeleted",
                &self.with_deleted,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::redeploy_organisation_application`]; finish with [`send`](RedeployOrganisationApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RedeployOrganisationApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) commit: Option<String>,
    pub(crate) use_cache: Option<String>,
}
impl RedeployOrganisationApplication<'_> {
    /// Sets the `commit` query parameter.
    pub fn commit(mut self, value: impl Into<String>) -> Self {
        self.commit = Some(value.into());
        self
    }
    /// Sets the `useCache` query parameter.
    pub fn use_cache(mut self, value: impl Into<String>) -> Self {
        self.use_cache = Some(value.into());
        self
    }
    /// Sends the request: `POST /v2/organisations/{id}/applications/{appId}/instances`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "redeployOrganisationApplication",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/applications/{appId}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request
            .query(
                "commit",
                &self.commit,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "useCache",
                &self.use_cache,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::stop_organisation_application`]; finish with [`send`](StopOrganisationApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StopOrganisationApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl StopOrganisationApplication<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}/instances`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "stopOrganisationApplication",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::InstancesApi::get_organisation_application`]; finish with [`send`](GetOrganisationApplicationInstance::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationApplicationInstance<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) instance_id: String,
}
impl GetOrganisationApplicationInstance<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/instances/{instanceId}`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationApplicationInstance",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/instances/{instanceId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("instanceId", &self.instance_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list_organisation_tags`]; finish with [`send`](ListOrganisationApplicationTags::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationTags<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationTags<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/tags`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationTags",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/tags",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::replace_organisation_tags`]; finish with [`send`](ReplaceOrganisationApplicationTags::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ReplaceOrganisationApplicationTags<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::TagList>,
}
impl ReplaceOrganisationApplicationTags<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}/tags`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "replaceOrganisationApplicationTags",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}/tags",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::add_organisation_tag`]; finish with [`send`](AddOrganisationApplicationTag::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddOrganisationApplicationTag<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) tag: String,
}
impl AddOrganisationApplicationTag<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}/tags/{tag}`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addOrganisationApplicationTag",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}/tags/{tag}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("tag", &self.tag);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::remove_organisation_tag`]; finish with [`send`](RemoveOrganisationApplicationTag::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveOrganisationApplicationTag<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) tag: String,
}
impl RemoveOrganisationApplicationTag<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}/tags/{tag}`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeOrganisationApplicationTag",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}/tags/{tag}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("tag", &self.tag);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::RedirectionsApi::list_organisation_application_tcp`]; finish with [`send`](ListOrganisationApplicationTcpRedirections::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationTcpRedirections<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationTcpRedirections<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/tcpRedirs`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Redirection>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationTcpRedirections",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/tcpRedirs",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::RedirectionsApi::create_organisation_application_tcp`]; finish with [`send`](CreateOrganisationApplicationTcpRedirection::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateOrganisationApplicationTcpRedirection<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::RedirectionRequest>,
}
impl CreateOrganisationApplicationTcpRedirection<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/applications/{appId}/tcpRedirs`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Redirection, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createOrganisationApplicationTcpRedirection",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/applications/{appId}/tcpRedirs",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::RedirectionsApi::delete_organisation_application_tcp`]; finish with [`send`](DeleteOrganisationApplicationTcpRedirection::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOrganisationApplicationTcpRedirection<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) source_port: i64,
    pub(crate) namespace: Option<String>,
}
impl DeleteOrganisationApplicationTcpRedirection<'_> {
    /// Sets the `namespace` query parameter.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}/tcpRedirs/{sourcePort}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOrganisationApplicationTcpRedirection",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}/tcpRedirs/{sourcePort}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("sourcePort", &self.source_port);
        request
            .query(
                "namespace",
                &self.namespace,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::RedirectionsApi::list_organisation_application_udp`]; finish with [`send`](ListOrganisationApplicationUdpRedirections::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationUdpRedirections<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationUdpRedirections<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/udpRedirs`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Redirection>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationUdpRedirections",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/udpRedirs",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::RedirectionsApi::create_organisation_application_udp`]; finish with [`send`](CreateOrganisationApplicationUdpRedirection::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateOrganisationApplicationUdpRedirection<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::RedirectionRequest>,
}
impl CreateOrganisationApplicationUdpRedirection<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/applications/{appId}/udpRedirs`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Redirection, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createOrganisationApplicationUdpRedirection",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/applications/{appId}/udpRedirs",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::RedirectionsApi::delete_organisation_application_udp`]; finish with [`send`](DeleteOrganisationApplicationUdpRedirection::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOrganisationApplicationUdpRedirection<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) source_port: i64,
    pub(crate) namespace: Option<String>,
}
impl DeleteOrganisationApplicationUdpRedirection<'_> {
    /// Sets the `namespace` query parameter.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}/udpRedirs/{sourcePort}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOrganisationApplicationUdpRedirection",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}/udpRedirs/{sourcePort}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("sourcePort", &self.source_port);
        request
            .query(
                "namespace",
                &self.namespace,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::list_organisation_application`]; finish with [`send`](ListOrganisationApplicationDomains::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationApplicationDomains<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl ListOrganisationApplicationDomains<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/vhosts`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Domain>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationApplicationDomains",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/vhosts",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::get_organisation_application_favourite`]; finish with [`send`](GetOrganisationApplicationFavouriteDomain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationApplicationFavouriteDomain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl GetOrganisationApplicationFavouriteDomain<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/applications/{appId}/vhosts/favourite`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Domain, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationApplicationFavouriteDomain",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/applications/{appId}/vhosts/favourite",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::set_organisation_application_favourite`]; finish with [`send`](SetOrganisationApplicationFavouriteDomain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetOrganisationApplicationFavouriteDomain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::Domain>,
}
impl SetOrganisationApplicationFavouriteDomain<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}/vhosts/favourite`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Domain, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setOrganisationApplicationFavouriteDomain",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}/vhosts/favourite",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::unset_organisation_application_favourite`]; finish with [`send`](UnsetOrganisationApplicationFavouriteDomain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UnsetOrganisationApplicationFavouriteDomain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
}
impl UnsetOrganisationApplicationFavouriteDomain<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}/vhosts/favourite`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "unsetOrganisationApplicationFavouriteDomain",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}/vhosts/favourite",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::add_organisation_application`]; finish with [`send`](AddOrganisationApplicationDomain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddOrganisationApplicationDomain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) domain: String,
}
impl AddOrganisationApplicationDomain<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/applications/{appId}/vhosts/{domain}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addOrganisationApplicationDomain",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/applications/{appId}/vhosts/{domain}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("domain", &self.domain);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::remove_organisation_application`]; finish with [`send`](RemoveOrganisationApplicationDomain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveOrganisationApplicationDomain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: String,
    pub(crate) domain: String,
}
impl RemoveOrganisationApplicationDomain<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/applications/{appId}/vhosts/{domain}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeOrganisationApplicationDomain",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/applications/{appId}/vhosts/{domain}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("appId", &self.app_id);
        request.path_param("domain", &self.domain);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OrganisationsApi::update_avatar`]; finish with [`send`](UpdateOrganisationAvatar::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateOrganisationAvatar<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::AvatarSource>,
}
impl UpdateOrganisationAvatar<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/avatar`.
    pub async fn send(
        self,
    ) -> Result<crate::types::UrlResponse, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateOrganisationAvatar",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/avatar",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::list_organisation_consumers`]; finish with [`send`](ListOrganisationConsumers::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationConsumers<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListOrganisationConsumers<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/consumers`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::OauthConsumer>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationConsumers",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/consumers",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::create_organisation_consumer`]; finish with [`send`](CreateOrganisationConsumer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateOrganisationConsumer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::OauthConsumerInput>,
}
impl CreateOrganisationConsumer<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/consumers`.
    pub async fn send(
        self,
    ) -> Result<crate::types::OauthConsumer, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createOrganisationConsumer",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/consumers",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::get_organisation_consumer`]; finish with [`send`](GetOrganisationConsumer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationConsumer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) key: String,
}
impl GetOrganisationConsumer<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/consumers/{key}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::OauthConsumer, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationConsumer",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/consumers/{key}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("key", &self.key);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::update_organisation_consumer`]; finish with [`send`](UpdateOrganisationConsumer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateOrganisationConsumer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) key: String,
    pub(crate) body: Option<crate::types::OauthConsumerInput>,
}
impl UpdateOrganisationConsumer<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/consumers/{key}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::OauthConsumer, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateOrganisationConsumer",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/consumers/{key}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("key", &self.key);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::delete_organisation_consumer`]; finish with [`send`](DeleteOrganisationConsumer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOrganisationConsumer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) key: String,
}
impl DeleteOrganisationConsumer<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/consumers/{key}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOrganisationConsumer",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/consumers/{key}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("key", &self.key);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::get_organisation_consumer_secret`]; finish with [`send`](GetOrganisationConsumerSecret::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationConsumerSecret<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) key: String,
}
impl GetOrganisationConsumerSecret<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/consumers/{key}/secret`.
    pub async fn send(
        self,
    ) -> Result<crate::types::OauthConsumerSecret, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationConsumerSecret",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/consumers/{key}/secret",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("key", &self.key);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::list_organisation_consumptions`]; finish with [`send`](ListOrganisationConsumptions::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationConsumptions<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) app_id: Option<String>,
    pub(crate) from: Option<String>,
    pub(crate) to: Option<String>,
    pub(crate) for_: Option<String>,
}
impl ListOrganisationConsumptions<'_> {
    /// Application ID.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }
    /// Index of the first item to return.
    pub fn from(mut self, value: impl Into<String>) -> Self {
        self.from = Some(value.into());
        self
    }
    /// Index after the last item to return.
    pub fn to(mut self, value: impl Into<String>) -> Self {
        self.to = Some(value.into());
        self
    }
    /// Sets the `for` query parameter.
    pub fn for_(mut self, value: impl Into<String>) -> Self {
        self.for_ = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/organisations/{id}/consumptions`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationConsumptions",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/consumptions",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request
            .query(
                "appId",
                &self.app_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "from",
                &self.from,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "to",
                &self.to,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "for",
                &self.for_,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_organisation_credits`]; finish with [`send`](GetOrganisationCredits::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationCredits<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetOrganisationCredits<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/credits`.
    pub async fn send(
        self,
    ) -> Result<crate::types::CreditBalance, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationCredits",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/credits",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::list_organisation`]; finish with [`send`](ListOrganisationDeployments::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationDeployments<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) limit: Option<i32>,
}
impl ListOrganisationDeployments<'_> {
    /// Maximum number of items to return.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sends the request: `GET /v2/organisations/{id}/deployments`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::OrganisationDeploymentEntry>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationDeployments",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/deployments",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request
            .query(
                "limit",
                &self.limit,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::InstancesApi::list_organisation`]; finish with [`send`](ListOrganisationInstances::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationInstances<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListOrganisationInstances<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/instances`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationInstances",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MembersApi::list_organisation`]; finish with [`send`](ListOrganisationMembers::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationMembers<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListOrganisationMembers<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/members`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::OrganisationMember>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationMembers",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/members",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MembersApi::invite_organisation`]; finish with [`send`](InviteOrganisationMember::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct InviteOrganisationMember<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) invitation_key: Option<String>,
    pub(crate) body: Option<crate::types::MemberInvitation>,
}
impl InviteOrganisationMember<'_> {
    /// Sets the `invitationKey` query parameter.
    pub fn invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sends the request: `POST /v2/organisations/{id}/members`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "inviteOrganisationMember",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/members",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request
            .query(
                "invitationKey",
                &self.invitation_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MembersApi::update_organisation`]; finish with [`send`](UpdateOrganisationMember::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateOrganisationMember<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) user_id: String,
    pub(crate) body: Option<crate::types::MemberInvitation>,
}
impl UpdateOrganisationMember<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/members/{userId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateOrganisationMember",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/members/{userId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("userId", &self.user_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MembersApi::remove_organisation`]; finish with [`send`](RemoveOrganisationMember::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveOrganisationMember<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) user_id: String,
}
impl RemoveOrganisationMember<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/members/{userId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeOrganisationMember",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/members/{userId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("userId", &self.user_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::RedirectionsApi::list_organisation_namespaces`]; finish with [`send`](ListOrganisationNamespaces::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationNamespaces<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListOrganisationNamespaces<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/namespaces`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Namespace>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationNamespaces",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/namespaces",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_organisation_info`]; finish with [`send`](GetOrganisationPaymentInfo::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationPaymentInfo<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetOrganisationPaymentInfo<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/payment-info`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PaymentInfo, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationPaymentInfo",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payment-info",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::list_organisation_invoices`]; finish with [`send`](ListOrganisationInvoices::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationInvoices<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListOrganisationInvoices<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/payments/billings`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Invoice>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationInvoices",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/billings",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::buy_organisation_credits`]; finish with [`send`](BuyOrganisationCredits::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct BuyOrganisationCredits<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::CreditPurchase>,
}
impl BuyOrganisationCredits<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/payments/billings`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "buyOrganisationCredits",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/payments/billings",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::list_organisation_unpaid_invoices`]; finish with [`send`](ListOrganisationUnpaidInvoices::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationUnpaidInvoices<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListOrganisationUnpaidInvoices<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/payments/billings/unpaid`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Invoice>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationUnpaidInvoices",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/billings/unpaid",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_organisation_invoice`]; finish with [`send`](GetOrganisationInvoice::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) bid: String,
}
impl GetOrganisationInvoice<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/payments/billings/{bid}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationInvoice",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/billings/{bid}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("bid", &self.bid);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::choose_organisation_invoice_provider`]; finish with [`send`](ChooseOrganisationInvoicePaymentProvider::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ChooseOrganisationInvoicePaymentProvider<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) bid: String,
    pub(crate) body: Option<crate::types::PaymentProviderSelection>,
}
impl ChooseOrganisationInvoicePaymentProvider<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/payments/billings/{bid}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PaymentNextStep, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "chooseOrganisationInvoicePaymentProvider",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/payments/billings/{bid}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("bid", &self.bid);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::delete_organisation_purchase_order`]; finish with [`send`](DeleteOrganisationPurchaseOrder::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOrganisationPurchaseOrder<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) bid: String,
}
impl DeleteOrganisationPurchaseOrder<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/payments/billings/{bid}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOrganisationPurchaseOrder",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/payments/billings/{bid}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("bid", &self.bid);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::download_organisation_invoice_pdf`]; finish with [`send`](DownloadOrganisationInvoicePdf::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DownloadOrganisationInvoicePdf<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) bid: String,
    pub(crate) token: Option<String>,
}
impl DownloadOrganisationInvoicePdf<'_> {
    /// Token value.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/organisations/{id}/payments/billings/{bid}.pdf`.
    pub async fn send(
        self,
    ) -> Result<cloudsdk_runtime::Bytes, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "downloadOrganisationInvoicePdf",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/billings/{bid}.pdf",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("bid", &self.bid);
        request
            .query(
                "token",
                &self.token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"application/pdf");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.bytes())
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_organisation_price_with_tax`]; finish with [`send`](GetOrganisationPriceWithTax::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationPriceWithTax<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) price: String,
}
impl GetOrganisationPriceWithTax<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/payments/fullprice/{price}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PriceWithTax, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationPriceWithTax",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/fullprice/{price}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("price", &self.price);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::list_organisation_methods`]; finish with [`send`](ListOrganisationPaymentMethods::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationPaymentMethods<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListOrganisationPaymentMethods<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/payments/methods`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::PaymentMethod>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOrganisationPaymentMethods",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/methods",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::add_organisation_method`]; finish with [`send`](AddOrganisationPaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddOrganisationPaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::PaymentData>,
}
impl AddOrganisationPaymentMethod<'_> {
    /// Sends the request: `POST /v2/organisations/{id}/payments/methods`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PaymentMethod, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addOrganisationPaymentMethod",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/organisations/{id}/payments/methods",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_organisation_default_method`]; finish with [`send`](GetOrganisationDefaultPaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationDefaultPaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetOrganisationDefaultPaymentMethod<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/payments/methods/default`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PaymentMethod, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationDefaultPaymentMethod",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/methods/default",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::set_organisation_default_method`]; finish with [`send`](SetOrganisationDefaultPaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetOrganisationDefaultPaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::PaymentData>,
}
impl SetOrganisationDefaultPaymentMethod<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/payments/methods/default`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setOrganisationDefaultPaymentMethod",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/payments/methods/default",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::create_organisation_setup_intent`]; finish with [`send`](CreateOrganisationSetupIntent::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateOrganisationSetupIntent<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) type_: Option<String>,
}
impl CreateOrganisationSetupIntent<'_> {
    /// Sets the `type` query parameter.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/organisations/{id}/payments/methods/newintent`.
    pub async fn send(
        self,
    ) -> Result<crate::types::SetupIntent, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createOrganisationSetupIntent",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/methods/newintent",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request
            .query(
                "type",
                &self.type_,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::delete_organisation_method`]; finish with [`send`](DeleteOrganisationPaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOrganisationPaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) m_id: String,
}
impl DeleteOrganisationPaymentMethod<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/payments/methods/{mId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOrganisationPaymentMethod",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/payments/methods/{mId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("mId", &self.m_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_organisation_monthly_invoice`]; finish with [`send`](GetOrganisationMonthlyInvoice::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationMonthlyInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetOrganisationMonthlyInvoice<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/payments/monthlyinvoice`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationMonthlyInvoice",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/monthlyinvoice",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::set_organisation_max_monthly_credits`]; finish with [`send`](SetOrganisationMaxMonthlyCredits::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetOrganisationMaxMonthlyCredits<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::MaxCreditsInput>,
}
impl SetOrganisationMaxMonthlyCredits<'_> {
    /// Sends the request: `PUT /v2/organisations/{id}/payments/monthlyinvoice/maxcredit`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setOrganisationMaxMonthlyCredits",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/organisations/{id}/payments/monthlyinvoice/maxcredit",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_organisation_recurrent`]; finish with [`send`](GetOrganisationRecurrentPayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationRecurrentPayment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetOrganisationRecurrentPayment<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/payments/recurring`.
    pub async fn send(
        self,
    ) -> Result<crate::types::RecurrentPayment, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationRecurrentPayment",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/recurring",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::delete_organisation_recurrent`]; finish with [`send`](DeleteOrganisationRecurrentPayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOrganisationRecurrentPayment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl DeleteOrganisationRecurrentPayment<'_> {
    /// Sends the request: `DELETE /v2/organisations/{id}/payments/recurring`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOrganisationRecurrentPayment",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/organisations/{id}/payments/recurring",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_organisation_stripe_token`]; finish with [`send`](GetOrganisationStripeToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationStripeToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetOrganisationStripeToken<'_> {
    /// Sends the request: `GET /v2/organisations/{id}/payments/tokens/stripe`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationStripeToken",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/organisations/{id}/payments/tokens/stripe",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SessionsApi::get_password_reset_form`]; finish with [`send`](GetPasswordResetForm::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetPasswordResetForm<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) partner_id: Option<String>,
}
impl GetPasswordResetForm<'_> {
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/password_forgotten`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getPasswordResetForm",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/password_forgotten",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"text/html");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::request_password_reset`]; finish with [`send`](RequestPasswordReset::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RequestPasswordReset<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::PasswordResetRequestForm>,
}
impl RequestPasswordReset<'_> {
    /// Sends the request: `POST /v2/password_forgotten`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "requestPasswordReset",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/password_forgotten",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.header("accept", &"text/html");
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::get_password_reset_confirm_form`]; finish with [`send`](GetPasswordResetConfirmForm::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetPasswordResetConfirmForm<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) key: String,
    pub(crate) partner_id: Option<String>,
}
impl GetPasswordResetConfirmForm<'_> {
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/password_forgotten/{key}`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getPasswordResetConfirmForm",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/password_forgotten/{key}",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("key", &self.key);
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"text/html");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::reset_password`]; finish with [`send`](ResetPassword::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ResetPassword<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) key: String,
    pub(crate) body: Option<crate::types::PasswordResetForm>,
}
impl ResetPassword<'_> {
    /// Sends the request: `POST /v2/password_forgotten/{key}`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "resetPassword",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/password_forgotten/{key}",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("key", &self.key);
        request.header("accept", &"text/html");
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_invoice_pay_button`]; finish with [`send`](GetInvoicePayButton::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetInvoicePayButton<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) token: String,
}
impl GetInvoicePayButton<'_> {
    /// Sends the request: `GET /v2/payments/assets/pay_button/{token}/button.png`.
    pub async fn send(
        self,
    ) -> Result<cloudsdk_runtime::Bytes, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getInvoicePayButton",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/payments/assets/pay_button/{token}/button.png",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("token", &self.token);
        request.header("accept", &"image/png");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.bytes())
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_coupon`]; finish with [`send`](GetCoupon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetCoupon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) name: String,
}
impl GetCoupon<'_> {
    /// Sends the request: `GET /v2/payments/coupons/{name}`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Value, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getCoupon",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/payments/coupons/{name}",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(501u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("name", &self.name);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::list_providers`]; finish with [`send`](ListPaymentProviders::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListPaymentProviders<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListPaymentProviders<'_> {
    /// Sends the request: `GET /v2/payments/providers`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Value, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listPaymentProviders",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/payments/providers",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(501u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_stripe_token`]; finish with [`send`](GetStripeToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetStripeToken<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetStripeToken<'_> {
    /// Sends the request: `GET /v2/payments/tokens/stripe`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Value, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getStripeToken",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/payments/tokens/stripe",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(501u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::handle_stripe_sepa_webhook`]; finish with [`send`](HandleStripeSepaWebhook::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct HandleStripeSepaWebhook<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) stripe_signature: Option<String>,
    pub(crate) body: Option<crate::types::StripeWebhookPayload>,
}
impl HandleStripeSepaWebhook<'_> {
    /// Sets the `Stripe-Signature` header parameter.
    pub fn stripe_signature(mut self, value: impl Into<String>) -> Self {
        self.stripe_signature = Some(value.into());
        self
    }
    /// Sends the request: `POST /v2/payments/webhooks/stripe/sepa`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "handleStripeSepaWebhook",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/payments/webhooks/stripe/sepa",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.header("Stripe-Signature", &self.stripe_signature);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::update_stripe`]; finish with [`send`](UpdateStripePayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateStripePayment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) bid: String,
    pub(crate) body: Option<crate::types::SetupIntent>,
}
impl UpdateStripePayment<'_> {
    /// Sends the request: `PUT /v2/payments/{bid}/end/stripe`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateStripePayment",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/payments/{bid}/end/stripe",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("bid", &self.bid);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::complete_stripe`]; finish with [`send`](CompleteStripePayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CompleteStripePayment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) bid: String,
    pub(crate) body: Option<crate::types::PaymentData>,
}
impl CompleteStripePayment<'_> {
    /// Sends the request: `POST /v2/payments/{bid}/end/stripe`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Value, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "completeStripePayment",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/payments/{bid}/end/stripe",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(501u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("bid", &self.bid);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_addon_providers`]; finish with [`send`](ListAddonProductProviders::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListAddonProductProviders<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) orga_id: Option<String>,
}
impl ListAddonProductProviders<'_> {
    /// Organisation ID.
    pub fn orga_id(mut self, value: impl Into<String>) -> Self {
        self.orga_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/products/addonproviders`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::AddonProviderDetails>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listAddonProductProviders",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/addonproviders",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "orgaId",
                &self.orga_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::get_addon_provider`]; finish with [`send`](GetAddonProductProvider::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAddonProductProvider<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) provider_id: String,
    pub(crate) orga_id: Option<String>,
}
impl GetAddonProductProvider<'_> {
    /// Organisation ID.
    pub fn orga_id(mut self, value: impl Into<String>) -> Self {
        self.orga_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/products/addonproviders/{provider_id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonProviderDetails, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getAddonProductProvider",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/addonproviders/{provider_id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("provider_id", &self.provider_id);
        request
            .query(
                "orgaId",
                &self.orga_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::get_addon_provider_details`]; finish with [`send`](GetAddonProductProviderDetails::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAddonProductProviderDetails<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) provider_id: String,
}
impl GetAddonProductProviderDetails<'_> {
    /// Sends the request: `GET /v2/products/addonproviders/{provider_id}/informations`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getAddonProductProviderDetails",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/addonproviders/{provider_id}/informations",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("provider_id", &self.provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_addon_provider_versions`]; finish with [`send`](ListAddonProductProviderVersions::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListAddonProductProviderVersions<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) provider_id: String,
}
impl ListAddonProductProviderVersions<'_> {
    /// Sends the request: `GET /v2/products/addonproviders/{provider_id}/versions`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listAddonProductProviderVersions",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/addonproviders/{provider_id}/versions",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("provider_id", &self.provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_countries`]; finish with [`send`](ListCountries::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListCountries<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListCountries<'_> {
    /// Sends the request: `GET /v2/products/countries`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listCountries",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/countries",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_country_codes`]; finish with [`send`](ListCountryCodes::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListCountryCodes<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListCountryCodes<'_> {
    /// Sends the request: `GET /v2/products/countrycodes`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listCountryCodes",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/countrycodes",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_flavors`]; finish with [`send`](ListFlavors::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListFlavors<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) context: Option<String>,
}
impl ListFlavors<'_> {
    /// Sets the `context` query parameter.
    pub fn context(mut self, value: impl Into<String>) -> Self {
        self.context = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/products/flavors`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Flavor>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listFlavors",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/flavors",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "context",
                &self.context,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_instance_types`]; finish with [`send`](ListInstanceTypes::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListInstanceTypes<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) for_: Option<String>,
}
impl ListInstanceTypes<'_> {
    /// Sets the `for` query parameter.
    pub fn for_(mut self, value: impl Into<String>) -> Self {
        self.for_ = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/products/instances`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::InstanceType>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listInstanceTypes",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "for",
                &self.for_,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::get_instance_type`]; finish with [`send`](GetInstanceType::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetInstanceType<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) type_: String,
    pub(crate) version: String,
    pub(crate) for_: Option<String>,
    pub(crate) app: Option<String>,
}
impl GetInstanceType<'_> {
    /// Sets the `for` query parameter.
    pub fn for_(mut self, value: impl Into<String>) -> Self {
        self.for_ = Some(value.into());
        self
    }
    /// Sets the `app` query parameter.
    pub fn app(mut self, value: impl Into<String>) -> Self {
        self.app = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/products/instances/{type}-{version}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::InstanceType, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getInstanceType",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/instances/{type}-{version}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("type", &self.type_);
        request.path_param("version", &self.version);
        request
            .query(
                "for",
                &self.for_,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "app",
                &self.app,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_mfa_kinds`]; finish with [`send`](ListMfaKinds::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListMfaKinds<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListMfaKinds<'_> {
    /// Sends the request: `GET /v2/products/mfa_kinds`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listMfaKinds",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/mfa_kinds",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_credit_packages`]; finish with [`send`](ListCreditPackages::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListCreditPackages<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) coupon: Option<String>,
    pub(crate) orga_id: Option<String>,
    pub(crate) currency: Option<String>,
}
impl ListCreditPackages<'_> {
    /// Sets the `coupon` query parameter.
    pub fn coupon(mut self, value: impl Into<String>) -> Self {
        self.coupon = Some(value.into());
        self
    }
    /// Organisation ID.
    pub fn orga_id(mut self, value: impl Into<String>) -> Self {
        self.orga_id = Some(value.into());
        self
    }
    /// Sets the `currency` query parameter.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/products/packages`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::CreditPackage>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listCreditPackages",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/packages",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "coupon",
                &self.coupon,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "orgaId",
                &self.orga_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "currency",
                &self.currency,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_exchange_rates`]; finish with [`send`](ListExchangeRates::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListExchangeRates<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListExchangeRates<'_> {
    /// Sends the request: `GET /v2/products/prices`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::CreditPrice>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listExchangeRates",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/prices",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_zones_v2`]; finish with [`send`](ListZonesV2::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListZonesV2<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListZonesV2<'_> {
    /// Sends the request: `GET /v2/products/zones`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::ZoneSummary>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listZonesV2",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/products/zones",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MatomoApi::provision`]; finish with [`send`](ProvisionMatomo::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ProvisionMatomo<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::ProviderProvisionRequest>,
}
impl ProvisionMatomo<'_> {
    /// Sends the request: `POST /v2/providers/addon-matomo/resources`.
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ProviderProvisionResult,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "provisionMatomo",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/providers/addon-matomo/resources",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MatomoApi::deprovision`]; finish with [`send`](DeprovisionMatomo::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeprovisionMatomo<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) matomo_id: String,
}
impl DeprovisionMatomo<'_> {
    /// Sends the request: `DELETE /v2/providers/addon-matomo/resources/{matomoId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deprovisionMatomo",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/providers/addon-matomo/resources/{matomoId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("matomoId", &self.matomo_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::TardisApi::provision`]; finish with [`send`](ProvisionTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ProvisionTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::ProviderProvisionRequest>,
}
impl ProvisionTardis<'_> {
    /// Sends the request: `POST /v2/providers/addon-tardis/resources`.
    pub async fn send(
        self,
    ) -> Result<
        crate::types::TardisProvisionResult,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "provisionTardis",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/providers/addon-tardis/resources",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::get_provisioned`]; finish with [`send`](GetProvisionedTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetProvisionedTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) tardis_id: String,
}
impl GetProvisionedTardis<'_> {
    /// Sends the request: `GET /v2/providers/addon-tardis/resources/{tardisId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::TardisAddon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getProvisionedTardis",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/providers/addon-tardis/resources/{tardisId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("tardisId", &self.tardis_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::deprovision`]; finish with [`send`](DeprovisionTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeprovisionTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) tardis_id: String,
}
impl DeprovisionTardis<'_> {
    /// Sends the request: `DELETE /v2/providers/addon-tardis/resources/{tardisId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deprovisionTardis",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/providers/addon-tardis/resources/{tardisId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("tardisId", &self.tardis_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::list_elasticsearch_service_flavors`]; finish with [`send`](ListElasticsearchServiceFlavors::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListElasticsearchServiceFlavors<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListElasticsearchServiceFlavors<'_> {
    /// Sends the request: `GET /v2/providers/es-addon/tmp/services-flavors`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listElasticsearchServiceFlavors",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/providers/es-addon/tmp/services-flavors",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::get_provider_addon`]; finish with [`send`](GetProviderAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetProviderAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) provider_id: String,
    pub(crate) addon_id: String,
}
impl GetProviderAddon<'_> {
    /// Sends the request: `GET /v2/providers/{providerId}/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getProviderAddon",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/providers/{providerId}/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("providerId", &self.provider_id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SaasApi::get_heptapod_price_forecast`]; finish with [`send`](GetHeptapodPriceForecast::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetHeptapodPriceForecast<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetHeptapodPriceForecast<'_> {
    /// Sends the request: `GET /v2/saas/heptapod/{id}/heptapod.host/price-prevision`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getHeptapodPriceForecast",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/saas/heptapod/{id}/heptapod.host/price-prevision",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::get`]; finish with [`send`](GetSelf::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelf<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetSelf<'_> {
    /// Sends the request: `GET /v2/self`.
    pub async fn send(
        self,
    ) -> Result<crate::types::User, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelf",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::update`]; finish with [`send`](UpdateSelf::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateSelf<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::UserSignup>,
}
impl UpdateSelf<'_> {
    /// Sends the request: `PUT /v2/self`.
    pub async fn send(
        self,
    ) -> Result<crate::types::User, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateSelf",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::delete`]; finish with [`send`](DeleteSelf::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSelf<'a> {
    pub(crate) client: &'a crate::Client,
}
impl DeleteSelf<'_> {
    /// Sends the request: `DELETE /v2/self`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteSelf",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::list_self`]; finish with [`send`](ListSelfAddons::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfAddons<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListSelfAddons<'_> {
    /// Sends the request: `GET /v2/self/addons`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Addon>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfAddons",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::create_self`]; finish with [`send`](CreateSelfAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateSelfAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::AddonProvisionRequest>,
}
impl CreateSelfAddon<'_> {
    /// Sends the request: `POST /v2/self/addons`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Addon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createSelfAddon",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/self/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::preorder_self`]; finish with [`send`](PreorderSelfAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct PreorderSelfAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::AddonProvisionRequest>,
}
impl PreorderSelfAddon<'_> {
    /// Sends the request: `POST /v2/self/addons/preorders`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "preorderSelfAddon",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/self/addons/preorders",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::get_self`]; finish with [`send`](GetSelfAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
}
impl GetSelfAddon<'_> {
    /// Sends the request: `GET /v2/self/addons/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Addon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfAddon",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/addons/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::update_self`]; finish with [`send`](UpdateSelfAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateSelfAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
    pub(crate) body: Option<crate::types::AddonProvisionRequest>,
}
impl UpdateSelfAddon<'_> {
    /// Sends the request: `PUT /v2/self/addons/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Addon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateSelfAddon",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/addons/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::delete_self`]; finish with [`send`](DeleteSelfAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSelfAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
}
impl DeleteSelfAddon<'_> {
    /// Sends the request: `DELETE /v2/self/addons/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteSelfAddon",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/addons/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::list_self_applications`]; finish with [`send`](ListSelfAddonApplications::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfAddonApplications<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
}
impl ListSelfAddonApplications<'_> {
    /// Sends the request: `GET /v2/self/addons/{addonId}/applications`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Application>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfAddonApplications",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/addons/{addonId}/applications",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::list_self_addon_env`]; finish with [`send`](ListSelfAddonEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfAddonEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
}
impl ListSelfAddonEnv<'_> {
    /// Sends the request: `GET /v2/self/addons/{addonId}/env`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::EnvVar>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfAddonEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/addons/{addonId}/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::change_self_plan`]; finish with [`send`](ChangeSelfAddonPlan::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ChangeSelfAddonPlan<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
    pub(crate) body: Option<crate::types::AddonPlanChange>,
}
impl ChangeSelfAddonPlan<'_> {
    /// Sends the request: `PUT /v2/self/addons/{addonId}/plan`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Addon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "changeSelfAddonPlan",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/addons/{addonId}/plan",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::get_self_sso_data`]; finish with [`send`](GetSelfAddonSsoData::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfAddonSsoData<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
}
impl GetSelfAddonSsoData<'_> {
    /// Sends the request: `GET /v2/self/addons/{addonId}/sso`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AddonSsoData, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfAddonSsoData",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/addons/{addonId}/sso",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::list_self_tags`]; finish with [`send`](ListSelfAddonTags::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfAddonTags<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
}
impl ListSelfAddonTags<'_> {
    /// Sends the request: `GET /v2/self/addons/{addonId}/tags`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfAddonTags",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/addons/{addonId}/tags",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::add_self_tag`]; finish with [`send`](AddSelfAddonTag::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddSelfAddonTag<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
    pub(crate) tag: String,
}
impl AddSelfAddonTag<'_> {
    /// Sends the request: `PUT /v2/self/addons/{addonId}/tags/{tag}`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addSelfAddonTag",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/addons/{addonId}/tags/{tag}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        request.path_param("tag", &self.tag);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonsApi::remove_self_tag`]; finish with [`send`](RemoveSelfAddonTag::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveSelfAddonTag<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
    pub(crate) tag: String,
}
impl RemoveSelfAddonTag<'_> {
    /// Sends the request: `DELETE /v2/self/addons/{addonId}/tags/{tag}`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeSelfAddonTag",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/addons/{addonId}/tags/{tag}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        request.path_param("tag", &self.tag);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list_self`]; finish with [`send`](ListSelfApplications::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplications<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListSelfApplications<'_> {
    /// Sends the request: `GET /v2/self/applications`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Application>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplications",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::create_self`]; finish with [`send`](CreateSelfApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateSelfApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::ApplicationInput>,
}
impl CreateSelfApplication<'_> {
    /// Sends the request: `POST /v2/self/applications`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createSelfApplication",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/self/applications",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::get_self`]; finish with [`send`](GetSelfApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl GetSelfApplication<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfApplication",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::update_self`]; finish with [`send`](UpdateSelfApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateSelfApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::ApplicationInput>,
}
impl UpdateSelfApplication<'_> {
    /// Sends the request: `PUT /v2/self/applications/{appId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateSelfApplication",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/applications/{appId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::delete_self`]; finish with [`send`](DeleteSelfApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSelfApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl DeleteSelfApplication<'_> {
    /// Sends the request: `DELETE /v2/self/applications/{appId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteSelfApplication",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/applications/{appId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list_self_addons`]; finish with [`send`](ListSelfApplicationAddons::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationAddons<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl ListSelfApplicationAddons<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/addons`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Addon>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationAddons",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::link_self_addon`]; finish with [`send`](LinkSelfApplicationAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct LinkSelfApplicationAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl LinkSelfApplicationAddon<'_> {
    /// Sends the request: `POST /v2/self/applications/{appId}/addons`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "linkSelfApplicationAddon",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/self/applications/{appId}/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::list_self_application_addons_env`]; finish with [`send`](ListSelfApplicationAddonsEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationAddonsEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl ListSelfApplicationAddonsEnv<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/addons/env`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::LinkedAddonEnv>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationAddonsEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/addons/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::unlink_self_addon`]; finish with [`send`](UnlinkSelfApplicationAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UnlinkSelfApplicationAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) addon_id: String,
}
impl UnlinkSelfApplicationAddon<'_> {
    /// Sends the request: `DELETE /v2/self/applications/{appId}/addons/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "unlinkSelfApplicationAddon",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/applications/{appId}/addons/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BranchesApi::set_self_application_branch`]; finish with [`send`](SetSelfApplicationBranch::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetSelfApplicationBranch<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::BranchInput>,
}
impl SetSelfApplicationBranch<'_> {
    /// Sends the request: `PUT /v2/self/applications/{appId}/branch`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setSelfApplicationBranch",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/applications/{appId}/branch",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BranchesApi::list_self_application`]; finish with [`send`](ListSelfApplicationBranches::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationBranches<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl ListSelfApplicationBranches<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/branches`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationBranches",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/branches",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ScalabilityApi::set_self_application_build_flavor`]; finish with [`send`](SetSelfApplicationBuildFlavor::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetSelfApplicationBuildFlavor<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::BuildFlavorInput>,
}
impl SetSelfApplicationBuildFlavor<'_> {
    /// Sends the request: `PUT /v2/self/applications/{appId}/buildflavor`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setSelfApplicationBuildFlavor",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/applications/{appId}/buildflavor",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list_self_dependencies`]; finish with [`send`](ListSelfApplicationDependencies::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationDependencies<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl ListSelfApplicationDependencies<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/dependencies`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Application>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationDependencies",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/dependencies",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::list_self_application_dependencies_env`]; finish with [`send`](ListSelfApplicationDependenciesEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationDependenciesEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl ListSelfApplicationDependenciesEnv<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/dependencies/env`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationDependenciesEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/dependencies/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::add_self_dependency`]; finish with [`send`](AddSelfApplicationDependency::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddSelfApplicationDependency<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) dependency_id: String,
}
impl AddSelfApplicationDependency<'_> {
    /// Sends the request: `PUT /v2/self/applications/{appId}/dependencies/{dependencyId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addSelfApplicationDependency",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/applications/{appId}/dependencies/{dependencyId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("dependencyId", &self.dependency_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::remove_self_dependency`]; finish with [`send`](RemoveSelfApplicationDependency::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveSelfApplicationDependency<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) dependency_id: String,
}
impl RemoveSelfApplicationDependency<'_> {
    /// Sends the request: `DELETE /v2/self/applications/{appId}/dependencies/{dependencyId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeSelfApplicationDependency",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/applications/{appId}/dependencies/{dependencyId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("dependencyId", &self.dependency_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list_self_dependents`]; finish with [`send`](ListSelfApplicationDependents::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationDependents<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl ListSelfApplicationDependents<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/dependents`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Application>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationDependents",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/dependents",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::list_self_application`]; finish with [`send`](ListSelfApplicationDeployments::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationDeployments<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) limit: Option<String>,
    pub(crate) offset: Option<String>,
    pub(crate) action: Option<String>,
}
impl ListSelfApplicationDeployments<'_> {
    /// Maximum number of items to return.
    pub fn limit(mut self, value: impl Into<String>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Number of items to skip.
    pub fn offset(mut self, value: impl Into<String>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Sets the `action` query parameter.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/self/applications/{appId}/deployments`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Deployment>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationDeployments",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/deployments",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request
            .query(
                "limit",
                &self.limit,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "offset",
                &self.offset,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "action",
                &self.action,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::get_self_application`]; finish with [`send`](GetSelfApplicationDeployment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfApplicationDeployment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) deployment_id: String,
}
impl GetSelfApplicationDeployment<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/deployments/{deploymentId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfApplicationDeployment",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/deployments/{deploymentId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("deploymentId", &self.deployment_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::cancel_self_application`]; finish with [`send`](CancelSelfApplicationDeployment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CancelSelfApplicationDeployment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) deployment_id: String,
}
impl CancelSelfApplicationDeployment<'_> {
    /// Sends the request: `DELETE /v2/self/applications/{appId}/deployments/{deploymentId}/instances`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "cancelSelfApplicationDeployment",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/applications/{appId}/deployments/{deploymentId}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("deploymentId", &self.deployment_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::list_self_application_env`]; finish with [`send`](ListSelfApplicationEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl ListSelfApplicationEnv<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/env`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::EnvVar>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::replace_self_application_env`]; finish with [`send`](ReplaceSelfApplicationEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ReplaceSelfApplicationEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::EnvironmentJson>,
}
impl ReplaceSelfApplicationEnv<'_> {
    /// Sends the request: `PUT /v2/self/applications/{appId}/env`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "replaceSelfApplicationEnv",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/applications/{appId}/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::set_self_application_env_var`]; finish with [`send`](SetSelfApplicationEnvVar::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetSelfApplicationEnvVar<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) env_name: String,
    pub(crate) body: Option<crate::types::ValueInput>,
}
impl SetSelfApplicationEnvVar<'_> {
    /// Sends the request: `PUT /v2/self/applications/{appId}/env/{envName}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setSelfApplicationEnvVar",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/applications/{appId}/env/{envName}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("envName", &self.env_name);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::delete_self_application_env_var`]; finish with [`send`](DeleteSelfApplicationEnvVar::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSelfApplicationEnvVar<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) env_name: String,
}
impl DeleteSelfApplicationEnvVar<'_> {
    /// Sends the request: `DELETE /v2/self/applications/{appId}/env/{envName}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Application, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteSelfApplicationEnvVar",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/applications/{appId}/env/{envName}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("envName", &self.env_name);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::get_self_application_exposed_env`]; finish with [`send`](GetSelfApplicationExposedEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfApplicationExposedEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl GetSelfApplicationExposedEnv<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/exposed_env`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfApplicationExposedEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/exposed_env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::EnvironmentApi::replace_self_application_exposed_env`]; finish with [`send`](ReplaceSelfApplicationExposedEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ReplaceSelfApplicationExposedEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::EnvironmentJson>,
}
impl ReplaceSelfApplicationExposedEnv<'_> {
    /// Sends the request: `PUT /v2/self/applications/{appId}/exposed_env`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "replaceSelfApplicationExposedEnv",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/applications/{appId}/exposed_env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::InstancesApi::list_self_application`]; finish with [`send`](ListSelfApplicationInstances::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationInstances<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) deployment_id: Option<String>,
    pub(crate) with_deleted: Option<String>,
}
impl ListSelfApplicationInstances<'_> {
    /// Deployment ID.
    pub fn deployment_id(mut self, value: impl Into<String>) -> Self {
        self.deployment_id = Some(value.into());
        self
    }
    /// Sets the `withDeleted` query parameter.
    pub fn with_deleted(mut self, value: impl Into<String>) -> Self {
        self.with_deleted = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/self/applications/{appId}/instances`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Instance>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationInstances",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request
            .query(
                "deploymentId",
                &self.deployment_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "withDeleted",
                &self.with_deleted,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::redeploy_self_application`]; finish with [`send`](RedeploySelfApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RedeploySelfApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) commit: Option<String>,
    pub(crate) use_cache: Option<String>,
}
impl RedeploySelfApplication<'_> {
    /// Sets the `commit` query parameter.
    pub fn commit(mut self, value: impl Into<String>) -> Self {
        self.commit = Some(value.into());
        self
    }
    /// Sets the `useCache` query parameter.
    pub fn use_cache(mut self, value: impl Into<String>) -> Self {
        self.use_cache = Some(value.into());
        self
    }
    /// Sends the request: `POST /v2/self/applications/{appId}/instances`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "redeploySelfApplication",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/self/applications/{appId}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request
            .query(
                "commit",
                &self.commit,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "useCache",
                &self.use_cache,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::stop_self_application`]; finish with [`send`](StopSelfApplication::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StopSelfApplication<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl StopSelfApplication<'_> {
    /// Sends the request: `DELETE /v2/self/applications/{appId}/instances`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "stopSelfApplication",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/applications/{appId}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::InstancesApi::get_self_application`]; finish with [`send`](GetSelfApplicationInstance::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfApplicationInstance<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) instance_id: String,
}
impl GetSelfApplicationInstance<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/instances/{instanceId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Instance, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfApplicationInstance",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/instances/{instanceId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("instanceId", &self.instance_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list_self_tags`]; finish with [`send`](ListSelfApplicationTags::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationTags<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl ListSelfApplicationTags<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/tags`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationTags",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/tags",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::add_self_tag`]; finish with [`send`](AddSelfApplicationTag::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddSelfApplicationTag<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) tag: String,
}
impl AddSelfApplicationTag<'_> {
    /// Sends the request: `PUT /v2/self/applications/{appId}/tags/{tag}`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addSelfApplicationTag",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/applications/{appId}/tags/{tag}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("tag", &self.tag);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::remove_self_tag`]; finish with [`send`](RemoveSelfApplicationTag::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveSelfApplicationTag<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) tag: String,
}
impl RemoveSelfApplicationTag<'_> {
    /// Sends the request: `DELETE /v2/self/applications/{appId}/tags/{tag}`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeSelfApplicationTag",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/applications/{appId}/tags/{tag}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("tag", &self.tag);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::list_self_application`]; finish with [`send`](ListSelfApplicationDomains::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfApplicationDomains<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl ListSelfApplicationDomains<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/vhosts`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Domain>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfApplicationDomains",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/vhosts",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::get_self_application_favourite`]; finish with [`send`](GetSelfApplicationFavouriteDomain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfApplicationFavouriteDomain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl GetSelfApplicationFavouriteDomain<'_> {
    /// Sends the request: `GET /v2/self/applications/{appId}/vhosts/favourite`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Domain, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfApplicationFavouriteDomain",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/applications/{appId}/vhosts/favourite",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::set_self_application_favourite`]; finish with [`send`](SetSelfApplicationFavouriteDomain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetSelfApplicationFavouriteDomain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) body: Option<crate::types::Domain>,
}
impl SetSelfApplicationFavouriteDomain<'_> {
    /// Sends the request: `PUT /v2/self/applications/{appId}/vhosts/favourite`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Domain, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setSelfApplicationFavouriteDomain",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/applications/{appId}/vhosts/favourite",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::unset_self_application_favourite`]; finish with [`send`](UnsetSelfApplicationFavouriteDomain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UnsetSelfApplicationFavouriteDomain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
}
impl UnsetSelfApplicationFavouriteDomain<'_> {
    /// Sends the request: `DELETE /v2/self/applications/{appId}/vhosts/favourite`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "unsetSelfApplicationFavouriteDomain",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/applications/{appId}/vhosts/favourite",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::add_self_application`]; finish with [`send`](AddSelfApplicationDomain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddSelfApplicationDomain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) domain: String,
}
impl AddSelfApplicationDomain<'_> {
    /// Sends the request: `PUT /v2/self/applications/{appId}/vhosts/{domain}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addSelfApplicationDomain",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/applications/{appId}/vhosts/{domain}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("domain", &self.domain);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DomainsApi::remove_self_application`]; finish with [`send`](RemoveSelfApplicationDomain::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveSelfApplicationDomain<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: String,
    pub(crate) domain: String,
}
impl RemoveSelfApplicationDomain<'_> {
    /// Sends the request: `DELETE /v2/self/applications/{appId}/vhosts/{domain}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeSelfApplicationDomain",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/applications/{appId}/vhosts/{domain}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("appId", &self.app_id);
        request.path_param("domain", &self.domain);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::update_avatar`]; finish with [`send`](UpdateSelfAvatar::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateSelfAvatar<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::AvatarSource>,
}
impl UpdateSelfAvatar<'_> {
    /// Sends the request: `PUT /v2/self/avatar`.
    pub async fn send(
        self,
    ) -> Result<crate::types::UrlResponse, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateSelfAvatar",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/avatar",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::change_password`]; finish with [`send`](ChangePassword::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ChangePassword<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::PasswordChange>,
}
impl ChangePassword<'_> {
    /// Sends the request: `PUT /v2/self/change_password`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "changePassword",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/change_password",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthTokensApi::list_self_cli_tokens`]; finish with [`send`](ListSelfCliTokens::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfCliTokens<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) cli_token: Option<String>,
}
impl ListSelfCliTokens<'_> {
    /// Sets the `cli_token` query parameter.
    pub fn cli_token(mut self, value: impl Into<String>) -> Self {
        self.cli_token = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/self/cli_tokens`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::CliToken>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfCliTokens",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/cli_tokens",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "cli_token",
                &self.cli_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::resend_confirmation_email`]; finish with [`send`](ResendConfirmationEmail::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ResendConfirmationEmail<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ResendConfirmationEmail<'_> {
    /// Sends the request: `GET /v2/self/confirmation_email`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "resendConfirmationEmail",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/confirmation_email",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::list_self_consumers`]; finish with [`send`](ListSelfConsumers::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfConsumers<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListSelfConsumers<'_> {
    /// Sends the request: `GET /v2/self/consumers`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfConsumers",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/consumers",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::create_self_consumer`]; finish with [`send`](CreateSelfConsumer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateSelfConsumer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::OauthConsumerInput>,
}
impl CreateSelfConsumer<'_> {
    /// Sends the request: `POST /v2/self/consumers`.
    pub async fn send(
        self,
    ) -> Result<crate::types::OauthConsumer, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createSelfConsumer",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/self/consumers",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::get_self_consumer`]; finish with [`send`](GetSelfConsumer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfConsumer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) key: String,
}
impl GetSelfConsumer<'_> {
    /// Sends the request: `GET /v2/self/consumers/{key}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::OauthConsumer, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfConsumer",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/consumers/{key}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("key", &self.key);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::update_self_consumer`]; finish with [`send`](UpdateSelfConsumer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateSelfConsumer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) key: String,
    pub(crate) body: Option<crate::types::OauthConsumerInput>,
}
impl UpdateSelfConsumer<'_> {
    /// Sends the request: `PUT /v2/self/consumers/{key}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::OauthConsumer, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateSelfConsumer",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/consumers/{key}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("key", &self.key);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::delete_self_consumer`]; finish with [`send`](DeleteSelfConsumer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSelfConsumer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) key: String,
}
impl DeleteSelfConsumer<'_> {
    /// Sends the request: `DELETE /v2/self/consumers/{key}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteSelfConsumer",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/consumers/{key}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("key", &self.key);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthConsumersApi::get_self_consumer_secret`]; finish with [`send`](GetSelfConsumerSecret::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfConsumerSecret<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) key: String,
}
impl GetSelfConsumerSecret<'_> {
    /// Sends the request: `GET /v2/self/consumers/{key}/secret`.
    pub async fn send(
        self,
    ) -> Result<crate::types::OauthConsumerSecret, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfConsumerSecret",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/consumers/{key}/secret",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("key", &self.key);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::list_self_consumptions`]; finish with [`send`](ListSelfConsumptions::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfConsumptions<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_id: Option<String>,
    pub(crate) from: Option<String>,
    pub(crate) to: Option<String>,
    pub(crate) for_: Option<String>,
}
impl ListSelfConsumptions<'_> {
    /// Application ID.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }
    /// Index of the first item to return.
    pub fn from(mut self, value: impl Into<String>) -> Self {
        self.from = Some(value.into());
        self
    }
    /// Index after the last item to return.
    pub fn to(mut self, value: impl Into<String>) -> Self {
        self.to = Some(value.into());
        self
    }
    /// Sets the `for` query parameter.
    pub fn for_(mut self, value: impl Into<String>) -> Self {
        self.for_ = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/self/consumptions`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfConsumptions",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/consumptions",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "appId",
                &self.app_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "from",
                &self.from,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "to",
                &self.to,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "for",
                &self.for_,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_self_credits`]; finish with [`send`](GetSelfCredits::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfCredits<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetSelfCredits<'_> {
    /// Sends the request: `GET /v2/self/credits`.
    pub async fn send(
        self,
    ) -> Result<crate::types::CreditBalance, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfCredits",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/credits",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::list_emails`]; finish with [`send`](ListSelfEmails::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfEmails<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListSelfEmails<'_> {
    /// Sends the request: `GET /v2/self/emails`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfEmails",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/emails",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::add_email`]; finish with [`send`](AddSelfEmail::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddSelfEmail<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) email: String,
    pub(crate) body: Option<crate::types::EmailAddressBody>,
}
impl AddSelfEmail<'_> {
    /// Sends the request: `PUT /v2/self/emails/{email}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addSelfEmail",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/emails/{email}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("email", &self.email);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::remove_email`]; finish with [`send`](RemoveSelfEmail::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveSelfEmail<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) email: String,
}
impl RemoveSelfEmail<'_> {
    /// Sends the request: `DELETE /v2/self/emails/{email}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeSelfEmail",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/emails/{email}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("email", &self.email);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::get_id`]; finish with [`send`](GetSelfId::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfId<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetSelfId<'_> {
    /// Sends the request: `GET /v2/self/id`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfId",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/id",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::InstancesApi::list_self`]; finish with [`send`](ListSelfInstances::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfInstances<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListSelfInstances<'_> {
    /// Sends the request: `GET /v2/self/instances`.
    pub async fn send(
        self,
    ) -> Result<crate::types::InstanceMap, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfInstances",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SshKeysApi::list`]; finish with [`send`](ListSshKeys::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSshKeys<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListSshKeys<'_> {
    /// Sends the request: `GET /v2/self/keys`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::SshKey>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSshKeys",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/keys",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SshKeysApi::add`]; finish with [`send`](AddSshKey::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddSshKey<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) key: String,
}
impl AddSshKey<'_> {
    /// Sends the request: `PUT /v2/self/keys/{key}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addSshKey",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/keys/{key}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("key", &self.key);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SshKeysApi::remove`]; finish with [`send`](RemoveSshKey::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveSshKey<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) key: String,
}
impl RemoveSshKey<'_> {
    /// Sends the request: `DELETE /v2/self/keys/{key}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeSshKey",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/keys/{key}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("key", &self.key);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MfaApi::set_preferred`]; finish with [`send`](SetPreferredMfa::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetPreferredMfa<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) kind: String,
    pub(crate) body: Option<crate::types::MfaPreference>,
}
impl SetPreferredMfa<'_> {
    /// Sends the request: `PUT /v2/self/mfa/{kind}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setPreferredMfa",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/mfa/{kind}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("kind", &self.kind);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MfaApi::create`]; finish with [`send`](CreateMfa::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateMfa<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) kind: String,
}
impl CreateMfa<'_> {
    /// Sends the request: `POST /v2/self/mfa/{kind}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createMfa",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/self/mfa/{kind}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("kind", &self.kind);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MfaApi::delete`]; finish with [`send`](DeleteMfa::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteMfa<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) kind: String,
}
impl DeleteMfa<'_> {
    /// Sends the request: `DELETE /v2/self/mfa/{kind}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteMfa",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/mfa/{kind}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("kind", &self.kind);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MfaApi::list_backup_codes`]; finish with [`send`](ListMfaBackupCodes::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListMfaBackupCodes<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) kind: String,
}
impl ListMfaBackupCodes<'_> {
    /// Sends the request: `GET /v2/self/mfa/{kind}/backupcodes`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::MfaRecoveryCode>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listMfaBackupCodes",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/mfa/{kind}/backupcodes",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("kind", &self.kind);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MfaApi::confirm`]; finish with [`send`](ConfirmMfa::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ConfirmMfa<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) kind: String,
    pub(crate) body: Option<crate::types::MfaConfirmation>,
}
impl ConfirmMfa<'_> {
    /// Sends the request: `POST /v2/self/mfa/{kind}/confirmation`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "confirmMfa",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/self/mfa/{kind}/confirmation",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("kind", &self.kind);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_self_info`]; finish with [`send`](GetSelfPaymentInfo::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfPaymentInfo<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetSelfPaymentInfo<'_> {
    /// Sends the request: `GET /v2/self/payment-info`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PaymentInfo, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfPaymentInfo",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/payment-info",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::list_self_invoices`]; finish with [`send`](ListSelfInvoices::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfInvoices<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListSelfInvoices<'_> {
    /// Sends the request: `GET /v2/self/payments/billings`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Invoice>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfInvoices",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/payments/billings",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::buy_self_credits`]; finish with [`send`](BuySelfCredits::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct BuySelfCredits<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::CreditPurchase>,
}
impl BuySelfCredits<'_> {
    /// Sends the request: `POST /v2/self/payments/billings`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "buySelfCredits",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/self/payments/billings",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_self_invoice`]; finish with [`send`](GetSelfInvoice::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) bid: String,
}
impl GetSelfInvoice<'_> {
    /// Sends the request: `GET /v2/self/payments/billings/{bid}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Invoice, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfInvoice",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/payments/billings/{bid}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("bid", &self.bid);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::choose_self_invoice_provider`]; finish with [`send`](ChooseSelfInvoicePaymentProvider::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ChooseSelfInvoicePaymentProvider<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) bid: String,
    pub(crate) body: Option<crate::types::PaymentProviderSelection>,
}
impl ChooseSelfInvoicePaymentProvider<'_> {
    /// Sends the request: `PUT /v2/self/payments/billings/{bid}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PaymentNextStep, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "chooseSelfInvoicePaymentProvider",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/payments/billings/{bid}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("bid", &self.bid);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::delete_self_purchase_order`]; finish with [`send`](DeleteSelfPurchaseOrder::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSelfPurchaseOrder<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) bid: String,
}
impl DeleteSelfPurchaseOrder<'_> {
    /// Sends the request: `DELETE /v2/self/payments/billings/{bid}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteSelfPurchaseOrder",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/payments/billings/{bid}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("bid", &self.bid);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::download_self_invoice_pdf`]; finish with [`send`](DownloadSelfInvoicePdf::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DownloadSelfInvoicePdf<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) bid: String,
    pub(crate) token: Option<String>,
}
impl DownloadSelfInvoicePdf<'_> {
    /// Token value.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/self/payments/billings/{bid}.pdf`.
    pub async fn send(
        self,
    ) -> Result<cloudsdk_runtime::Bytes, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "downloadSelfInvoicePdf",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/payments/billings/{bid}.pdf",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("bid", &self.bid);
        request
            .query(
                "token",
                &self.token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"application/pdf");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.bytes())
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_self_price_with_tax`]; finish with [`send`](GetSelfPriceWithTax::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfPriceWithTax<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) price: String,
}
impl GetSelfPriceWithTax<'_> {
    /// Sends the request: `GET /v2/self/payments/fullprice/{price}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PriceWithTax, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfPriceWithTax",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/payments/fullprice/{price}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("price", &self.price);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::list_self_methods`]; finish with [`send`](ListSelfPaymentMethods::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSelfPaymentMethods<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListSelfPaymentMethods<'_> {
    /// Sends the request: `GET /v2/self/payments/methods`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::PaymentMethod>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listSelfPaymentMethods",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/payments/methods",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::add_self_method`]; finish with [`send`](AddSelfPaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddSelfPaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::PaymentData>,
}
impl AddSelfPaymentMethod<'_> {
    /// Sends the request: `POST /v2/self/payments/methods`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PaymentMethod, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addSelfPaymentMethod",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/self/payments/methods",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_self_default_method`]; finish with [`send`](GetSelfDefaultPaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfDefaultPaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetSelfDefaultPaymentMethod<'_> {
    /// Sends the request: `GET /v2/self/payments/methods/default`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PaymentMethod, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfDefaultPaymentMethod",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/payments/methods/default",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::set_self_default_method`]; finish with [`send`](SetSelfDefaultPaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetSelfDefaultPaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::PaymentData>,
}
impl SetSelfDefaultPaymentMethod<'_> {
    /// Sends the request: `PUT /v2/self/payments/methods/default`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setSelfDefaultPaymentMethod",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/payments/methods/default",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::delete_self_method`]; finish with [`send`](DeleteSelfPaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSelfPaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) m_id: String,
}
impl DeleteSelfPaymentMethod<'_> {
    /// Sends the request: `DELETE /v2/self/payments/methods/{mId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteSelfPaymentMethod",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/payments/methods/{mId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("mId", &self.m_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_self_monthly_invoice`]; finish with [`send`](GetSelfMonthlyInvoice::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfMonthlyInvoice<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetSelfMonthlyInvoice<'_> {
    /// Sends the request: `GET /v2/self/payments/monthlyinvoice`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfMonthlyInvoice",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/payments/monthlyinvoice",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::set_self_max_monthly_credits`]; finish with [`send`](SetSelfMaxMonthlyCredits::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetSelfMaxMonthlyCredits<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::MaxCreditsInput>,
}
impl SetSelfMaxMonthlyCredits<'_> {
    /// Sends the request: `PUT /v2/self/payments/monthlyinvoice/maxcredit`.
    pub async fn send(
        self,
    ) -> Result<crate::types::MaxCreditsInput, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setSelfMaxMonthlyCredits",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/self/payments/monthlyinvoice/maxcredit",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_self_recurrent`]; finish with [`send`](GetSelfRecurrentPayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfRecurrentPayment<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetSelfRecurrentPayment<'_> {
    /// Sends the request: `GET /v2/self/payments/recurring`.
    pub async fn send(
        self,
    ) -> Result<crate::types::RecurrentPayment, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfRecurrentPayment",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/payments/recurring",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::delete_self_recurrent`]; finish with [`send`](DeleteSelfRecurrentPayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSelfRecurrentPayment<'a> {
    pub(crate) client: &'a crate::Client,
}
impl DeleteSelfRecurrentPayment<'_> {
    /// Sends the request: `DELETE /v2/self/payments/recurring`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteSelfRecurrentPayment",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/payments/recurring",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::get_self_stripe_token`]; finish with [`send`](GetSelfStripeToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSelfStripeToken<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetSelfStripeToken<'_> {
    /// Sends the request: `GET /v2/self/payments/tokens/stripe`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSelfStripeToken",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/payments/tokens/stripe",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthTokensApi::list`]; finish with [`send`](ListOauthTokens::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOauthTokens<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListOauthTokens<'_> {
    /// Sends the request: `GET /v2/self/tokens`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::OauthToken>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOauthTokens",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/tokens",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthTokensApi::revoke_all`]; finish with [`send`](RevokeAllOauthTokens::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RevokeAllOauthTokens<'a> {
    pub(crate) client: &'a crate::Client,
}
impl RevokeAllOauthTokens<'_> {
    /// Sends the request: `DELETE /v2/self/tokens`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "revokeAllOauthTokens",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/tokens",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthTokensApi::get_current`]; finish with [`send`](GetCurrentOauthToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetCurrentOauthToken<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetCurrentOauthToken<'_> {
    /// Sends the request: `GET /v2/self/tokens/current`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::OauthToken>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getCurrentOauthToken",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/tokens/current",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::OauthTokensApi::revoke`]; finish with [`send`](RevokeOauthToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RevokeOauthToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) token: String,
}
impl RevokeOauthToken<'_> {
    /// Sends the request: `DELETE /v2/self/tokens/{token}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "revokeOauthToken",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v2/self/tokens/{token}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("token", &self.token);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SelfApi::validate_email`]; finish with [`send`](ValidateEmail::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ValidateEmail<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) validation_key: Option<String>,
}
impl ValidateEmail<'_> {
    /// Sets the `validationKey` query parameter.
    pub fn validation_key(mut self, value: impl Into<String>) -> Self {
        self.validation_key = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/self/validate_email`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "validateEmail",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/self/validate_email",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "validationKey",
                &self.validation_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SessionsApi::get_signup_form_for_source`]; finish with [`send`](GetSignupFormForSource::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSignupFormForSource<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) subscription_source: String,
    pub(crate) invitation_key: Option<String>,
    pub(crate) url_next: Option<String>,
    pub(crate) partner_id: Option<String>,
}
impl GetSignupFormForSource<'_> {
    /// Sets the `invitationKey` query parameter.
    pub fn invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sets the `url_next` query parameter.
    pub fn url_next(mut self, value: impl Into<String>) -> Self {
        self.url_next = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/session/from/{subscription_source}/signup`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSignupFormForSource",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/session/from/{subscription_source}/signup",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("subscription_source", &self.subscription_source);
        request
            .query(
                "invitationKey",
                &self.invitation_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "url_next",
                &self.url_next,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"text/html");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::get_login_form`]; finish with [`send`](GetLoginForm::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetLoginForm<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) secondary_email_key: Option<String>,
    pub(crate) deletion_key: Option<String>,
    pub(crate) from_authorize: Option<String>,
    pub(crate) cli_token: Option<String>,
    pub(crate) partner_id: Option<String>,
}
impl GetLoginForm<'_> {
    /// Sets the `secondaryEmailKey` query parameter.
    pub fn secondary_email_key(mut self, value: impl Into<String>) -> Self {
        self.secondary_email_key = Some(value.into());
        self
    }
    /// Sets the `deletionKey` query parameter.
    pub fn deletion_key(mut self, value: impl Into<String>) -> Self {
        self.deletion_key = Some(value.into());
        self
    }
    /// Sets the `fromAuthorize` query parameter.
    pub fn from_authorize(mut self, value: impl Into<String>) -> Self {
        self.from_authorize = Some(value.into());
        self
    }
    /// Sets the `cli_token` query parameter.
    pub fn cli_token(mut self, value: impl Into<String>) -> Self {
        self.cli_token = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/session/login`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getLoginForm",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/session/login",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "secondaryEmailKey",
                &self.secondary_email_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "deletionKey",
                &self.deletion_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "fromAuthorize",
                &self.from_authorize,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "cli_token",
                &self.cli_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"text/html");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::login`]; finish with [`send`](Login::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct Login<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::LoginForm>,
}
impl Login<'_> {
    /// Sends the request: `POST /v2/session/login`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "login",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/session/login",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.header("accept", &"text/html");
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::login_with_mfa`]; finish with [`send`](LoginWithMfa::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct LoginWithMfa<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::MfaLoginForm>,
}
impl LoginWithMfa<'_> {
    /// Sends the request: `POST /v2/session/mfa_login`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "loginWithMfa",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/session/mfa_login",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.header("accept", &"text/html");
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::get_signup_form`]; finish with [`send`](GetSignupForm::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSignupForm<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) invitation_key: Option<String>,
    pub(crate) url_next: Option<String>,
    pub(crate) subscription_source: Option<String>,
    pub(crate) partner_id: Option<String>,
}
impl GetSignupForm<'_> {
    /// Sets the `invitationKey` query parameter.
    pub fn invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sets the `url_next` query parameter.
    pub fn url_next(mut self, value: impl Into<String>) -> Self {
        self.url_next = Some(value.into());
        self
    }
    /// Sets the `subscription_source` query parameter.
    pub fn subscription_source(mut self, value: impl Into<String>) -> Self {
        self.subscription_source = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/session/signup`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSignupForm",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/session/signup",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "invitationKey",
                &self.invitation_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "url_next",
                &self.url_next,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "subscription_source",
                &self.subscription_source,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"text/html");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::get_signup_form_for_source_alias`]; finish with [`send`](GetSignupFormForSourceAlias::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSignupFormForSourceAlias<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) subscription_source: String,
    pub(crate) invitation_key: Option<String>,
    pub(crate) url_next: Option<String>,
    pub(crate) partner_id: Option<String>,
}
impl GetSignupFormForSourceAlias<'_> {
    /// Sets the `invitationKey` query parameter.
    pub fn invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sets the `url_next` query parameter.
    pub fn url_next(mut self, value: impl Into<String>) -> Self {
        self.url_next = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/sessions/from/{subscription_source}/signup`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSignupFormForSourceAlias",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/sessions/from/{subscription_source}/signup",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("subscription_source", &self.subscription_source);
        request
            .query(
                "invitationKey",
                &self.invitation_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "url_next",
                &self.url_next,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"text/html");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::get_login_form_alias`]; finish with [`send`](GetLoginFormAlias::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetLoginFormAlias<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) secondary_email_key: Option<String>,
    pub(crate) deletion_key: Option<String>,
    pub(crate) from_authorize: Option<String>,
    pub(crate) cli_token: Option<String>,
    pub(crate) partner_id: Option<String>,
}
impl GetLoginFormAlias<'_> {
    /// Sets the `secondaryEmailKey` query parameter.
    pub fn secondary_email_key(mut self, value: impl Into<String>) -> Self {
        self.secondary_email_key = Some(value.into());
        self
    }
    /// Sets the `deletionKey` query parameter.
    pub fn deletion_key(mut self, value: impl Into<String>) -> Self {
        self.deletion_key = Some(value.into());
        self
    }
    /// Sets the `fromAuthorize` query parameter.
    pub fn from_authorize(mut self, value: impl Into<String>) -> Self {
        self.from_authorize = Some(value.into());
        self
    }
    /// Sets the `cli_token` query parameter.
    pub fn cli_token(mut self, value: impl Into<String>) -> Self {
        self.cli_token = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/sessions/login`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getLoginFormAlias",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/sessions/login",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "secondaryEmailKey",
                &self.secondary_email_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "deletionKey",
                &self.deletion_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "fromAuthorize",
                &self.from_authorize,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "cli_token",
                &self.cli_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"text/html");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::login_alias`]; finish with [`send`](LoginAlias::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct LoginAlias<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::LoginForm>,
}
impl LoginAlias<'_> {
    /// Sends the request: `POST /v2/sessions/login`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "loginAlias",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/sessions/login",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.header("accept", &"text/html");
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::login_with_mfa_alias`]; finish with [`send`](LoginWithMfaAlias::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct LoginWithMfaAlias<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::MfaLoginForm>,
}
impl LoginWithMfaAlias<'_> {
    /// Sends the request: `POST /v2/sessions/mfa_login`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "loginWithMfaAlias",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/sessions/mfa_login",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.header("accept", &"text/html");
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SessionsApi::get_signup_form_alias`]; finish with [`send`](GetSignupFormAlias::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSignupFormAlias<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) invitation_key: Option<String>,
    pub(crate) url_next: Option<String>,
    pub(crate) subscription_source: Option<String>,
    pub(crate) partner_id: Option<String>,
}
impl GetSignupFormAlias<'_> {
    /// Sets the `invitationKey` query parameter.
    pub fn invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sets the `url_next` query parameter.
    pub fn url_next(mut self, value: impl Into<String>) -> Self {
        self.url_next = Some(value.into());
        self
    }
    /// Sets the `subscription_source` query parameter.
    pub fn subscription_source(mut self, value: impl Into<String>) -> Self {
        self.subscription_source = Some(value.into());
        self
    }
    /// Sets the `partner_id` query parameter.
    pub fn partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/sessions/signup`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSignupFormAlias",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/sessions/signup",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "invitationKey",
                &self.invitation_key,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "url_next",
                &self.url_next,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "subscription_source",
                &self.subscription_source,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "partner_id",
                &self.partner_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"text/html");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::SummaryApi::get`]; finish with [`send`](GetSummary::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSummary<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) full: Option<String>,
}
impl GetSummary<'_> {
    /// Sets the `full` query parameter.
    pub fn full(mut self, value: impl Into<String>) -> Self {
        self.full = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/summary`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Summary, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getSummary",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/summary",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "full",
                &self.full,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::UsersApi::create`]; finish with [`send`](CreateUser::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateUser<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::UserSignupForm>,
}
impl CreateUser<'_> {
    /// Sends the request: `POST /v2/users`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createUser",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/users",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.form(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::UsersApi::get`]; finish with [`send`](GetUser::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetUser<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetUser<'_> {
    /// Sends the request: `GET /v2/users/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::User, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getUser",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/users/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::UsersApi::list_applications`]; finish with [`send`](ListUserApplications::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListUserApplications<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListUserApplications<'_> {
    /// Sends the request: `GET /v2/users/{id}/applications`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Application>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listUserApplications",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/users/{id}/applications",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::UsersApi::get_git_info`]; finish with [`send`](GetUserGitInfo::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetUserGitInfo<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) user_id: String,
}
impl GetUserGitInfo<'_> {
    /// Sends the request: `GET /v2/users/{userId}/git-info`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getUserGitInfo",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/users/{userId}/git-info",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("userId", &self.user_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::validate_vat_key`]; finish with [`send`](ValidateVatKey::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ValidateVatKey<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) key: String,
    pub(crate) action: Option<String>,
}
impl ValidateVatKey<'_> {
    /// Sets the `action` query parameter.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/validation/vat/{key}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Message, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "validateVatKey",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/validation/vat/{key}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("key", &self.key);
        request
            .query(
                "action",
                &self.action,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PaymentsApi::check_vat`]; finish with [`send`](CheckVat::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CheckVat<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) country: Option<String>,
    pub(crate) vat: Option<String>,
}
impl CheckVat<'_> {
    /// Sets the `country` query parameter.
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    /// Sets the `vat` query parameter.
    pub fn vat(mut self, value: impl Into<String>) -> Self {
        self.vat = Some(value.into());
        self
    }
    /// Sends the request: `GET /v2/vat_check`.
    pub async fn send(
        self,
    ) -> Result<crate::types::VatCheckResult, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "checkVat",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/vat_check",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "country",
                &self.country,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "vat",
                &self.vat,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::VendorApi::provision_dependent_addon`]; finish with [`send`](ProvisionDependentAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ProvisionDependentAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::DependentAddonProvisionRequest>,
}
impl ProvisionDependentAddon<'_> {
    /// Sends the request: `POST /v2/vendor/addons`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "provisionDependentAddon",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/vendor/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::VendorApi::list_addons`]; finish with [`send`](ListVendorAddons::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListVendorAddons<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) offset: Option<i32>,
}
impl ListVendorAddons<'_> {
    /// Number of items to skip.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request: `GET /v2/vendor/apps`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::VendorAddonSummary>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listVendorAddons",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/vendor/apps",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "offset",
                &self.offset,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::VendorApi::get_addon`]; finish with [`send`](GetVendorAddon::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetVendorAddon<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
}
impl GetVendorAddon<'_> {
    /// Sends the request: `GET /v2/vendor/apps/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::VendorAddon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getVendorAddon",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/vendor/apps/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::VendorApi::update_addon_config`]; finish with [`send`](UpdateVendorAddonConfig::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateVendorAddonConfig<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
    pub(crate) body: Option<crate::types::AddonConfigInput>,
}
impl UpdateVendorAddonConfig<'_> {
    /// Sends the request: `PUT /v2/vendor/apps/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Addon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateVendorAddonConfig",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/vendor/apps/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::VendorApi::bill_addon_owner`]; finish with [`send`](BillAddonOwner::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct BillAddonOwner<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
    pub(crate) body: Option<crate::types::AddonBillingInput>,
}
impl BillAddonOwner<'_> {
    /// Sends the request: `POST /v2/vendor/apps/{addonId}/consumptions`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "billAddonOwner",
            method: cloudsdk_runtime::Method::POST,
            path: "/v2/vendor/apps/{addonId}/consumptions",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::VendorApi::get_addon_logs_collector`]; finish with [`send`](GetVendorAddonLogsCollector::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetVendorAddonLogsCollector<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
}
impl GetVendorAddonLogsCollector<'_> {
    /// Sends the request: `GET /v2/vendor/apps/{addonId}/logscollector`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getVendorAddonLogsCollector",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/vendor/apps/{addonId}/logscollector",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::VendorApi::complete_addon_migration`]; finish with [`send`](CompleteVendorAddonMigration::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CompleteVendorAddonMigration<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
    pub(crate) plan_id: Option<String>,
    pub(crate) region: Option<String>,
    pub(crate) body: Option<crate::types::AddonConfigInput>,
}
impl CompleteVendorAddonMigration<'_> {
    /// Sets the `plan_id` query parameter.
    pub fn plan_id(mut self, value: impl Into<String>) -> Self {
        self.plan_id = Some(value.into());
        self
    }
    /// Sets the `region` query parameter.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request: `PUT /v2/vendor/apps/{addonId}/migration_callback`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Addon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "completeVendorAddonMigration",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v2/vendor/apps/{addonId}/migration_callback",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        request
            .query(
                "plan_id",
                &self.plan_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "region",
                &self.region,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MetricsApi::get_access_logs_read_token`]; finish with [`send`](GetAccessLogsReadToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAccessLogsReadToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) orga_id: String,
}
impl GetAccessLogsReadToken<'_> {
    /// Sends the request: `GET /v2/w10tokens/accessLogs/read/{orgaId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getAccessLogsReadToken",
            method: cloudsdk_runtime::Method::GET,
            path: "/v2/w10tokens/accessLogs/read/{orgaId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("orgaId", &self.orga_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MatomoApi::get`]; finish with [`send`](GetMatomo::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetMatomo<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) matomo_id: String,
}
impl GetMatomo<'_> {
    /// Sends the request: `GET /v4/addon-providers/addon-matomo/addons/{matomoId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::MatomoAddon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getMatomo",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-matomo/addons/{matomoId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("matomoId", &self.matomo_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MatomoApi::validate_token`]; finish with [`send`](ValidateMatomoToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ValidateMatomoToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) keycloak_token: Option<String>,
}
impl ValidateMatomoToken<'_> {
    /// Sets the `keycloakToken` query parameter.
    pub fn keycloak_token(mut self, value: impl Into<String>) -> Self {
        self.keycloak_token = Some(value.into());
        self
    }
    /// Sends the request: `GET /v4/addon-providers/addon-matomo/token/validate`.
    pub async fn send(
        self,
    ) -> Result<crate::types::MatomoTokenInfo, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "validateMatomoToken",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-matomo/token/validate",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "keycloakToken",
                &self.keycloak_token,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PulsarApi::get_provider`]; finish with [`send`](GetPulsarProvider::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetPulsarProvider<'a> {
    pub(crate) client: &'a crate::Client,
}
impl GetPulsarProvider<'_> {
    /// Sends the request: `GET /v4/addon-providers/addon-pulsar`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PulsarProviderInfo, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getPulsarProvider",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-pulsar",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PulsarApi::get`]; finish with [`send`](GetPulsar::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetPulsar<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pulsar_id: String,
}
impl GetPulsar<'_> {
    /// Sends the request: `GET /v4/addon-providers/addon-pulsar/addons/{pulsarId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PulsarAddon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getPulsar",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-pulsar/addons/{pulsarId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("pulsarId", &self.pulsar_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PulsarApi::create_tenant_and_namespace`]; finish with [`send`](CreatePulsarTenantAndNamespace::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreatePulsarTenantAndNamespace<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pulsar_id: String,
}
impl CreatePulsarTenantAndNamespace<'_> {
    /// Sends the request: `POST /v4/addon-providers/addon-pulsar/addons/{pulsarId}/create-tenant-and-namespace`.
    pub async fn send(
        self,
    ) -> Result<crate::types::PulsarAddon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createPulsarTenantAndNamespace",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/addon-providers/addon-pulsar/addons/{pulsarId}/create-tenant-and-namespace",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("pulsarId", &self.pulsar_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PulsarApi::delete_tenant_and_namespace`]; finish with [`send`](DeletePulsarTenantAndNamespace::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeletePulsarTenantAndNamespace<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pulsar_id: String,
}
impl DeletePulsarTenantAndNamespace<'_> {
    /// Sends the request: `DELETE /v4/addon-providers/addon-pulsar/addons/{pulsarId}/delete-tenant-and-namespace`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deletePulsarTenantAndNamespace",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/addon-providers/addon-pulsar/addons/{pulsarId}/delete-tenant-and-namespace",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("pulsarId", &self.pulsar_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::PulsarApi::get_storage_policies`]; finish with [`send`](GetPulsarStoragePolicies::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetPulsarStoragePolicies<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pulsar_id: String,
}
impl GetPulsarStoragePolicies<'_> {
    /// Sends the request: `GET /v4/addon-providers/addon-pulsar/addons/{pulsarId}/storage-policies`.
    pub async fn send(
        self,
    ) -> Result<
        crate::types::PulsarStoragePolicies,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getPulsarStoragePolicies",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-pulsar/addons/{pulsarId}/storage-policies",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("pulsarId", &self.pulsar_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PulsarApi::update_storage_policies`]; finish with [`send`](UpdatePulsarStoragePolicies::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdatePulsarStoragePolicies<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pulsar_id: String,
    pub(crate) body: Option<crate::types::AnyValue>,
}
impl UpdatePulsarStoragePolicies<'_> {
    /// Sends the request: `PATCH /v4/addon-providers/addon-pulsar/addons/{pulsarId}/storage-policies`.
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ProviderProvisionResult,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updatePulsarStoragePolicies",
            method: cloudsdk_runtime::Method::PATCH,
            path: "/v4/addon-providers/addon-pulsar/addons/{pulsarId}/storage-policies",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("pulsarId", &self.pulsar_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::PulsarApi::delete_topic`]; finish with [`send`](DeletePulsarTopic::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeletePulsarTopic<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) pulsar_id: String,
    pub(crate) topic_name: String,
}
impl DeletePulsarTopic<'_> {
    /// Sends the request: `DELETE /v4/addon-providers/addon-pulsar/addons/{pulsarId}/topics/{topicName}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deletePulsarTopic",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/addon-providers/addon-pulsar/addons/{pulsarId}/topics/{topicName}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("pulsarId", &self.pulsar_id);
        request.path_param("topicName", &self.topic_name);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::PulsarApi::get_cluster_storage_policies`]; finish with [`send`](GetPulsarClusterStoragePolicies::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetPulsarClusterStoragePolicies<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) cluster_id: String,
}
impl GetPulsarClusterStoragePolicies<'_> {
    /// Sends the request: `GET /v4/addon-providers/addon-pulsar/clusters/{clusterId}`.
    pub async fn send(
        self,
    ) -> Result<
        crate::types::PulsarClusterStoragePolicies,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getPulsarClusterStoragePolicies",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-pulsar/clusters/{clusterId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("clusterId", &self.cluster_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::create`]; finish with [`send`](CreateTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) app_only: Option<bool>,
    pub(crate) body: Option<crate::types::TardisCreateRequest>,
}
impl CreateTardis<'_> {
    /// Sets the `appOnly` query parameter.
    pub fn app_only(mut self, value: bool) -> Self {
        self.app_only = Some(value);
        self
    }
    /// Sends the request: `POST /v4/addon-providers/addon-tardis/addons`.
    pub async fn send(
        self,
    ) -> Result<crate::types::TardisAddon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createTardis",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/addon-providers/addon-tardis/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "appOnly",
                &self.app_only,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::get`]; finish with [`send`](GetTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) tardis_id: String,
}
impl GetTardis<'_> {
    /// Sends the request: `GET /v4/addon-providers/addon-tardis/addons/{tardisId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::TardisAddon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getTardis",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-tardis/addons/{tardisId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("tardisId", &self.tardis_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::delete`]; finish with [`send`](DeleteTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) tardis_id: String,
}
impl DeleteTardis<'_> {
    /// Sends the request: `DELETE /v4/addon-providers/addon-tardis/addons/{tardisId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteTardis",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/addon-providers/addon-tardis/addons/{tardisId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("tardisId", &self.tardis_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::TardisApi::get_owned`]; finish with [`send`](GetOwnedTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOwnedTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) tardis_id: String,
}
impl GetOwnedTardis<'_> {
    /// Sends the request: `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::TardisAddon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOwnedTardis",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("tardisId", &self.tardis_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::delete_owned`]; finish with [`send`](DeleteOwnedTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteOwnedTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) tardis_id: String,
}
impl DeleteOwnedTardis<'_> {
    /// Sends the request: `DELETE /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteOwnedTardis",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("tardisId", &self.tardis_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::TardisApi::restore_owned`]; finish with [`send`](RestoreOwnedTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RestoreOwnedTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) tardis_id: String,
}
impl RestoreOwnedTardis<'_> {
    /// Sends the request: `POST /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/revert`.
    pub async fn send(
        self,
    ) -> Result<crate::types::TardisRestoreResult, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "restoreOwnedTardis",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/revert",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("tardisId", &self.tardis_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::get_token`]; finish with [`send`](GetTardisToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetTardisToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) tardis_id: String,
    pub(crate) token_id: String,
}
impl GetTardisToken<'_> {
    /// Sends the request: `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/token/{tokenId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::TardisToken, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getTardisToken",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/token/{tokenId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("tardisId", &self.tardis_id);
        request.path_param("tokenId", &self.token_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::delete_token`]; finish with [`send`](DeleteTardisToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteTardisToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) tardis_id: String,
    pub(crate) token_id: String,
}
impl DeleteTardisToken<'_> {
    /// Sends the request: `DELETE /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/token/{tokenId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteTardisToken",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/token/{tokenId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("tardisId", &self.tardis_id);
        request.path_param("tokenId", &self.token_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::TardisApi::list_tokens`]; finish with [`send`](ListTardisTokens::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListTardisTokens<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) tardis_id: String,
    pub(crate) from: Option<i64>,
    pub(crate) only_id: Option<bool>,
    pub(crate) to: Option<i64>,
}
impl ListTardisTokens<'_> {
    /// Index of the first item to return.
    pub fn from(mut self, value: i64) -> Self {
        self.from = Some(value);
        self
    }
    /// Sets the `onlyId` query parameter.
    pub fn only_id(mut self, value: bool) -> Self {
        self.only_id = Some(value);
        self
    }
    /// Index after the last item to return.
    pub fn to(mut self, value: i64) -> Self {
        self.to = Some(value);
        self
    }
    /// Sends the request: `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/tokens`.
    pub async fn send(
        self,
    ) -> Result<crate::types::TardisTokenList, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listTardisTokens",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/tokens",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("tardisId", &self.tardis_id);
        request
            .query(
                "from",
                &self.from,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "onlyId",
                &self.only_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "to",
                &self.to,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::create_token`]; finish with [`send`](CreateTardisToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateTardisToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) tardis_id: String,
    pub(crate) body: Option<crate::types::TardisTokenCreateRequest>,
}
impl CreateTardisToken<'_> {
    /// Sends the request: `POST /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/tokens`.
    pub async fn send(
        self,
    ) -> Result<crate::types::TardisToken, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createTardisToken",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/tokens",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("tardisId", &self.tardis_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::list_owned`]; finish with [`send`](ListOwnedTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOwnedTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) from: Option<i64>,
    pub(crate) to: Option<i64>,
}
impl ListOwnedTardis<'_> {
    /// Index of the first item to return.
    pub fn from(mut self, value: i64) -> Self {
        self.from = Some(value);
        self
    }
    /// Index after the last item to return.
    pub fn to(mut self, value: i64) -> Self {
        self.to = Some(value);
        self
    }
    /// Sends the request: `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addons`.
    pub async fn send(
        self,
    ) -> Result<crate::types::TardisAddonList, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listOwnedTardis",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/addon-tardis/organisations/{ownerId}/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request
            .query(
                "from",
                &self.from,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "to",
                &self.to,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::create_owned`]; finish with [`send`](CreateOwnedTardis::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateOwnedTardis<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) app_only: Option<bool>,
    pub(crate) body: Option<crate::types::OwnedTardisCreateRequest>,
}
impl CreateOwnedTardis<'_> {
    /// Sets the `appOnly` query parameter.
    pub fn app_only(mut self, value: bool) -> Self {
        self.app_only = Some(value);
        self
    }
    /// Sends the request: `POST /v4/addon-providers/addon-tardis/organisations/{ownerId}/addons`.
    pub async fn send(
        self,
    ) -> Result<crate::types::TardisAddon, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createOwnedTardis",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/addon-providers/addon-tardis/organisations/{ownerId}/addons",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request
            .query(
                "appOnly",
                &self.app_only,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::TardisApi::revoke_token`]; finish with [`send`](RevokeTardisToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RevokeTardisToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::PlainTextError>,
}
impl RevokeTardisToken<'_> {
    /// Sends the request: `POST /v4/addon-providers/addon-tardis/token/revoke`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "revokeTardisToken",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/addon-providers/addon-tardis/token/revoke",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::ConfigProvidersApi::get`]; finish with [`send`](GetConfigProvider::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetConfigProvider<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) configuration_provider_id: String,
}
impl GetConfigProvider<'_> {
    /// Sends the request: `GET /v4/addon-providers/config-provider/addons/{configurationProviderId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::ConfigProvider, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getConfigProvider",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/config-provider/addons/{configurationProviderId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("configurationProviderId", &self.configuration_provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ConfigProvidersApi::list_env`]; finish with [`send`](ListConfigProviderEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListConfigProviderEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) configuration_provider_id: String,
}
impl ListConfigProviderEnv<'_> {
    /// Sends the request: `GET /v4/addon-providers/config-provider/addons/{configurationProviderId}/env`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::ConfigProviderVariable>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listConfigProviderEnv",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/config-provider/addons/{configurationProviderId}/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("configurationProviderId", &self.configuration_provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ConfigProvidersApi::replace_env`]; finish with [`send`](ReplaceConfigProviderEnv::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ReplaceConfigProviderEnv<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) configuration_provider_id: String,
    pub(crate) body: Option<crate::types::ConfigProviderVariableList>,
}
impl ReplaceConfigProviderEnv<'_> {
    /// Sends the request: `PUT /v4/addon-providers/config-provider/addons/{configurationProviderId}/env`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::ConfigProviderVariable>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "replaceConfigProviderEnv",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v4/addon-providers/config-provider/addons/{configurationProviderId}/env",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("configurationProviderId", &self.configuration_provider_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::list_jenkins_updates`]; finish with [`send`](ListJenkinsUpdates::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListJenkinsUpdates<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) addon_id: String,
}
impl ListJenkinsUpdates<'_> {
    /// Sends the request: `GET /v4/addon-providers/jenkins/addons/{addonId}/updates`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listJenkinsUpdates",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/jenkins/addons/{addonId}/updates",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::get_v4`]; finish with [`send`](GetAddonProviderV4::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAddonProviderV4<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) provider_id: String,
}
impl GetAddonProviderV4<'_> {
    /// Sends the request: `GET /v4/addon-providers/{providerId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getAddonProviderV4",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/{providerId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("providerId", &self.provider_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::get_provider_addon_v4`]; finish with [`send`](GetProviderAddonV4::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetProviderAddonV4<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) provider_id: String,
    pub(crate) addon_id: String,
}
impl GetProviderAddonV4<'_> {
    /// Sends the request: `GET /v4/addon-providers/{providerId}/addons/{addonId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getProviderAddonV4",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/{providerId}/addons/{addonId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("providerId", &self.provider_id);
        request.path_param("addonId", &self.addon_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::AddonProvidersApi::get_cluster`]; finish with [`send`](GetAddonProviderCluster::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAddonProviderCluster<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) provider_id: String,
    pub(crate) cluster_id: String,
}
impl GetAddonProviderCluster<'_> {
    /// Sends the request: `GET /v4/addon-providers/{providerId}/clusters/{clusterId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getAddonProviderCluster",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/addon-providers/{providerId}/clusters/{clusterId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("providerId", &self.provider_id);
        request.path_param("clusterId", &self.cluster_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::get_credits_summary`]; finish with [`send`](GetCreditsSummary::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetCreditsSummary<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetCreditsSummary<'_> {
    /// Sends the request: `GET /v4/billing/organisations/{id}/credits/summary`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getCreditsSummary",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/billing/organisations/{id}/credits/summary",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::list_invoices`]; finish with [`send`](ListInvoices::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListInvoices<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) since: Option<String>,
}
impl ListInvoices<'_> {
    /// Start of the time window.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }
    /// Sends the request: `GET /v4/billing/organisations/{id}/invoices`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listInvoices",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/billing/organisations/{id}/invoices",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request
            .query(
                "since",
                &self.since,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::list_unpaid_invoices`]; finish with [`send`](ListUnpaidInvoices::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListUnpaidInvoices<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListUnpaidInvoices<'_> {
    /// Sends the request: `GET /v4/billing/organisations/{id}/invoices/unpaid`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listUnpaidInvoices",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/billing/organisations/{id}/invoices/unpaid",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::get_invoice`]; finish with [`send`](GetInvoice::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetInvoice<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) invoice_number: String,
}
impl GetInvoice<'_> {
    /// Sends the request: `GET /v4/billing/organisations/{id}/invoices/{invoiceNumber}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getInvoice",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/billing/organisations/{id}/invoices/{invoiceNumber}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("invoiceNumber", &self.invoice_number);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::get_invoice_html`]; finish with [`send`](GetInvoiceHtml::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetInvoiceHtml<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) invoice_number: String,
}
impl GetInvoiceHtml<'_> {
    /// Sends the request: `GET /v4/billing/organisations/{id}/invoices/{invoiceNumber}.html`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getInvoiceHtml",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/billing/organisations/{id}/invoices/{invoiceNumber}.html",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("invoiceNumber", &self.invoice_number);
        request.header("accept", &"text/html");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::BillingApi::start_paypal_payment`]; finish with [`send`](StartPaypalPayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartPaypalPayment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) invoice_number: String,
}
impl StartPaypalPayment<'_> {
    /// Sends the request: `POST /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/paypal`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "startPaypalPayment",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/paypal",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("invoiceNumber", &self.invoice_number);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::authorize_paypal_payment`]; finish with [`send`](AuthorizePaypalPayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AuthorizePaypalPayment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) invoice_number: String,
    pub(crate) payer_id: String,
}
impl AuthorizePaypalPayment<'_> {
    /// Sends the request: `PUT /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/paypal/{payerId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "authorizePaypalPayment",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/paypal/{payerId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("invoiceNumber", &self.invoice_number);
        request.path_param("payerId", &self.payer_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::start_stripe_payment`]; finish with [`send`](StartStripePayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartStripePayment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) invoice_number: String,
    pub(crate) body: Option<crate::types::AnyValue>,
}
impl StartStripePayment<'_> {
    /// Sends the request: `POST /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/stripe`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "startStripePayment",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/stripe",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("invoiceNumber", &self.invoice_number);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::authorize_stripe_payment`]; finish with [`send`](AuthorizeStripePayment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AuthorizeStripePayment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) invoice_number: String,
    pub(crate) payment_id: String,
}
impl AuthorizeStripePayment<'_> {
    /// Sends the request: `PUT /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/stripe/{paymentId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "authorizeStripePayment",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/stripe/{paymentId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("invoiceNumber", &self.invoice_number);
        request.path_param("paymentId", &self.payment_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::list_payment_methods`]; finish with [`send`](ListPaymentMethods::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListPaymentMethods<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ListPaymentMethods<'_> {
    /// Sends the request: `GET /v4/billing/organisations/{id}/payments/methods`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listPaymentMethods",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/billing/organisations/{id}/payments/methods",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::create_payment_method`]; finish with [`send`](CreatePaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreatePaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::AnyValue>,
}
impl CreatePaymentMethod<'_> {
    /// Sends the request: `POST /v4/billing/organisations/{id}/payments/methods`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createPaymentMethod",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/billing/organisations/{id}/payments/methods",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::set_default_payment_method`]; finish with [`send`](SetDefaultPaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetDefaultPaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) body: Option<crate::types::AnyValue>,
}
impl SetDefaultPaymentMethod<'_> {
    /// Sends the request: `PUT /v4/billing/organisations/{id}/payments/methods/default`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setDefaultPaymentMethod",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v4/billing/organisations/{id}/payments/methods/default",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::delete_payment_method`]; finish with [`send`](DeletePaymentMethod::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeletePaymentMethod<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) method_id: String,
}
impl DeletePaymentMethod<'_> {
    /// Sends the request: `DELETE /v4/billing/organisations/{id}/payments/methods/{methodId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deletePaymentMethod",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/billing/organisations/{id}/payments/methods/{methodId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("methodId", &self.method_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::create_stripe_setup_intent`]; finish with [`send`](CreateStripeSetupIntent::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateStripeSetupIntent<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) type_: String,
}
impl CreateStripeSetupIntent<'_> {
    /// Sends the request: `GET /v4/billing/organisations/{id}/payments/stripe/intent`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createStripeSetupIntent",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/billing/organisations/{id}/payments/stripe/intent",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request
            .query(
                "type",
                &self.type_,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::download_invoice_pdf`]; finish with [`send`](DownloadInvoicePdf::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DownloadInvoicePdf<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
    pub(crate) invoice: String,
}
impl DownloadInvoicePdf<'_> {
    /// Sends the request: `GET /v4/billing/organisations/{id}/{invoice}.pdf`.
    pub async fn send(
        self,
    ) -> Result<cloudsdk_runtime::Bytes, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "downloadInvoicePdf",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/billing/organisations/{id}/{invoice}.pdf",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        request.path_param("invoice", &self.invoice);
        request.header("accept", &"application/pdf");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.bytes())
    }
}
/// Request builder for [`crate::builders::BillingApi::get_organisation_price_system`]; finish with [`send`](GetOrganisationPriceSystem::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisationPriceSystem<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) zone_id: Option<String>,
}
impl GetOrganisationPriceSystem<'_> {
    /// Sets the `zone_id` query parameter.
    pub fn zone_id(mut self, value: impl Into<String>) -> Self {
        self.zone_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v4/billing/organisations/{owner_id}/price-system`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getOrganisationPriceSystem",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/billing/organisations/{owner_id}/price-system",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("owner_id", &self.owner_id);
        request
            .query(
                "zone_id",
                &self.zone_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::BillingApi::get_price_system`]; finish with [`send`](GetPriceSystem::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetPriceSystem<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) zone_id: String,
    pub(crate) currency: String,
}
impl GetPriceSystem<'_> {
    /// Sends the request: `GET /v4/billing/price-system`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getPriceSystem",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/billing/price-system",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "zone_id",
                &self.zone_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "currency",
                &self.currency,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ConsoleSettingsApi::list`]; finish with [`send`](ListConsoleSettings::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListConsoleSettings<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) env: Option<String>,
}
impl ListConsoleSettings<'_> {
    /// Sets the `env` query parameter.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sends the request: `GET /v4/console/settings`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::ConfigProviderVariable>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listConsoleSettings",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/console/settings",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "env",
                &self.env,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ConsoleSettingsApi::get`]; finish with [`send`](GetConsoleSetting::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetConsoleSetting<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) name: String,
    pub(crate) env: Option<String>,
}
impl GetConsoleSetting<'_> {
    /// Sets the `env` query parameter.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sends the request: `GET /v4/console/settings/{name}`.
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ConfigProviderVariable,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getConsoleSetting",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/console/settings/{name}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("name", &self.name);
        request
            .query(
                "env",
                &self.env,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ConsoleSettingsApi::set`]; finish with [`send`](SetConsoleSetting::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetConsoleSetting<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) name: String,
    pub(crate) env: Option<String>,
    pub(crate) body: Option<String>,
}
impl SetConsoleSetting<'_> {
    /// Sets the `env` query parameter.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sends the request: `PUT /v4/console/settings/{name}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "setConsoleSetting",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v4/console/settings/{name}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("name", &self.name);
        request
            .query(
                "env",
                &self.env,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        if let Some(body) = self.body {
            request.text("text/plain", body);
        }
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::ConsoleSettingsApi::delete`]; finish with [`send`](DeleteConsoleSetting::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteConsoleSetting<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) name: String,
    pub(crate) env: Option<String>,
}
impl DeleteConsoleSetting<'_> {
    /// Sets the `env` query parameter.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sends the request: `DELETE /v4/console/settings/{name}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteConsoleSetting",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/console/settings/{name}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("name", &self.name);
        request
            .query(
                "env",
                &self.env,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::FunctionsApi::list`]; finish with [`send`](ListFunctions::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListFunctions<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
}
impl ListFunctions<'_> {
    /// Sends the request: `GET /v4/functions/organisations/{ownerId}/functions`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Function>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listFunctions",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/functions/organisations/{ownerId}/functions",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::FunctionsApi::create`]; finish with [`send`](CreateFunction::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateFunction<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) body: Option<crate::types::FunctionInput>,
}
impl CreateFunction<'_> {
    /// Sends the request: `POST /v4/functions/organisations/{ownerId}/functions`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Function>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createFunction",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/functions/organisations/{ownerId}/functions",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::FunctionsApi::get`]; finish with [`send`](GetFunction::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetFunction<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) function_id: String,
}
impl GetFunction<'_> {
    /// Sends the request: `GET /v4/functions/organisations/{ownerId}/functions/{functionId}`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Function>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getFunction",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/functions/organisations/{ownerId}/functions/{functionId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("functionId", &self.function_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::FunctionsApi::update`]; finish with [`send`](UpdateFunction::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateFunction<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) function_id: String,
    pub(crate) body: Option<crate::types::FunctionInput>,
}
impl UpdateFunction<'_> {
    /// Sends the request: `PUT /v4/functions/organisations/{ownerId}/functions/{functionId}`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Function>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateFunction",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v4/functions/organisations/{ownerId}/functions/{functionId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("functionId", &self.function_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::FunctionsApi::delete`]; finish with [`send`](DeleteFunction::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteFunction<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) function_id: String,
}
impl DeleteFunction<'_> {
    /// Sends the request: `DELETE /v4/functions/organisations/{ownerId}/functions/{functionId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteFunction",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/functions/organisations/{ownerId}/functions/{functionId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("functionId", &self.function_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::FunctionsApi::list_deployments`]; finish with [`send`](ListFunctionDeployments::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListFunctionDeployments<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) function_id: String,
}
impl ListFunctionDeployments<'_> {
    /// Sends the request: `GET /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::FunctionDeployment>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listFunctionDeployments",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/functions/organisations/{ownerId}/functions/{functionId}/deployments",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("functionId", &self.function_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::FunctionsApi::create_deployment`]; finish with [`send`](CreateFunctionDeployment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateFunctionDeployment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) function_id: String,
    pub(crate) body: Option<crate::types::FunctionDeploymentInput>,
}
impl CreateFunctionDeployment<'_> {
    /// Sends the request: `POST /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments`.
    pub async fn send(
        self,
    ) -> Result<crate::types::FunctionDeployment, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createFunctionDeployment",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/functions/organisations/{ownerId}/functions/{functionId}/deployments",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("functionId", &self.function_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::FunctionsApi::get_deployment`]; finish with [`send`](GetFunctionDeployment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetFunctionDeployment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) function_id: String,
    pub(crate) deployment_id: String,
}
impl GetFunctionDeployment<'_> {
    /// Sends the request: `GET /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::FunctionDeployment, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getFunctionDeployment",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("functionId", &self.function_id);
        request.path_param("deploymentId", &self.deployment_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::FunctionsApi::update_deployment`]; finish with [`send`](UpdateFunctionDeployment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateFunctionDeployment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) function_id: String,
    pub(crate) deployment_id: String,
    pub(crate) body: Option<crate::types::FunctionDeploymentUpdate>,
}
impl UpdateFunctionDeployment<'_> {
    /// Sends the request: `PUT /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::FunctionDeployment, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateFunctionDeployment",
            method: cloudsdk_runtime::Method::PUT,
            path: "/v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("functionId", &self.function_id);
        request.path_param("deploymentId", &self.deployment_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::FunctionsApi::trigger_deployment`]; finish with [`send`](TriggerFunctionDeployment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct TriggerFunctionDeployment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) function_id: String,
    pub(crate) deployment_id: String,
}
impl TriggerFunctionDeployment<'_> {
    /// Sends the request: `POST /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "triggerFunctionDeployment",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("functionId", &self.function_id);
        request.path_param("deploymentId", &self.deployment_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::FunctionsApi::delete_deployment`]; finish with [`send`](DeleteFunctionDeployment::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteFunctionDeployment<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) function_id: String,
    pub(crate) deployment_id: String,
}
impl DeleteFunctionDeployment<'_> {
    /// Sends the request: `DELETE /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteFunctionDeployment",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("functionId", &self.function_id);
        request.path_param("deploymentId", &self.deployment_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::IamTokensApi::create_materia_kv_token`]; finish with [`send`](CreateMateriaKvToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateMateriaKvToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) kv_id: String,
}
impl CreateMateriaKvToken<'_> {
    /// Sends the request: `POST /v4/iam/organisations/{ownerId}/iam/materia-db-kv/{KVId}/tokens`.
    pub async fn send(
        self,
    ) -> Result<crate::types::IamToken, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createMateriaKvToken",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/iam/organisations/{ownerId}/iam/materia-db-kv/{KVId}/tokens",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("KVId", &self.kv_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::IamTokensApi::list`]; finish with [`send`](ListIamTokens::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListIamTokens<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) from: Option<crate::types::ListIamTokensFrom>,
    pub(crate) size: Option<crate::types::ListIamTokensSize>,
}
impl ListIamTokens<'_> {
    /// Index of the first item to return.
    pub fn from(mut self, value: crate::types::ListIamTokensFrom) -> Self {
        self.from = Some(value);
        self
    }
    /// Sets the `size` query parameter.
    pub fn size(mut self, value: crate::types::ListIamTokensSize) -> Self {
        self.size = Some(value);
        self
    }
    /// Sends the request: `GET /v4/iam/organisations/{ownerId}/iam/tokens`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::IamToken>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listIamTokens",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/iam/organisations/{ownerId}/iam/tokens",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request
            .query(
                "from",
                &self.from,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "size",
                &self.size,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::IamTokensApi::get`]; finish with [`send`](GetIamToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetIamToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) token_id: String,
}
impl GetIamToken<'_> {
    /// Sends the request: `GET /v4/iam/organisations/{ownerId}/iam/tokens/{tokenId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::IamToken, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getIamToken",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/iam/organisations/{ownerId}/iam/tokens/{tokenId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("tokenId", &self.token_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::IamTokensApi::revoke`]; finish with [`send`](RevokeIamToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RevokeIamToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) token_id: String,
}
impl RevokeIamToken<'_> {
    /// Sends the request: `DELETE /v4/iam/organisations/{ownerId}/iam/tokens/{tokenId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "revokeIamToken",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/iam/organisations/{ownerId}/iam/tokens/{tokenId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("tokenId", &self.token_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::IamTokensApi::list_revocations`]; finish with [`send`](ListIamTokenRevocations::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListIamTokenRevocations<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) from: Option<crate::types::ListIamTokenRevocationsFrom>,
    pub(crate) size: Option<crate::types::ListIamTokenRevocationsSize>,
}
impl ListIamTokenRevocations<'_> {
    /// Index of the first item to return.
    pub fn from(mut self, value: crate::types::ListIamTokenRevocationsFrom) -> Self {
        self.from = Some(value);
        self
    }
    /// Sets the `size` query parameter.
    pub fn size(mut self, value: crate::types::ListIamTokenRevocationsSize) -> Self {
        self.size = Some(value);
        self
    }
    /// Sends the request: `GET /v4/iam/tokens/revocations`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listIamTokenRevocations",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/iam/tokens/revocations",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request
            .query(
                "from",
                &self.from,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "size",
                &self.size,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::LoadBalancersApi::list_addon`]; finish with [`send`](ListAddonLoadBalancers::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListAddonLoadBalancers<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) addon_id: String,
    pub(crate) load_balancer_kind: String,
}
impl ListAddonLoadBalancers<'_> {
    /// Sends the request: `GET /v4/load-balancers/organisations/{ownerId}/addons/{addonId}/load-balancers/{loadBalancerKind}`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::LoadBalancer>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listAddonLoadBalancers",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/load-balancers/organisations/{ownerId}/addons/{addonId}/load-balancers/{loadBalancerKind}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("addonId", &self.addon_id);
        request.path_param("loadBalancerKind", &self.load_balancer_kind);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::LoadBalancersApi::get_default_dns`]; finish with [`send`](GetDefaultLoadBalancerDns::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetDefaultLoadBalancerDns<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) app_id: String,
}
impl GetDefaultLoadBalancerDns<'_> {
    /// Sends the request: `GET /v4/load-balancers/organisations/{ownerId}/applications/{appId}/load-balancers/default`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getDefaultLoadBalancerDns",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/load-balancers/organisations/{ownerId}/applications/{appId}/load-balancers/default",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("appId", &self.app_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::LoadBalancersApi::list_application`]; finish with [`send`](ListApplicationLoadBalancers::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListApplicationLoadBalancers<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) application_id: String,
    pub(crate) load_balancer_kind: String,
}
impl ListApplicationLoadBalancers<'_> {
    /// Sends the request: `GET /v4/load-balancers/organisations/{ownerId}/applications/{applicationId}/load-balancers/{loadBalancerKind}`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::LoadBalancer>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listApplicationLoadBalancers",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/load-balancers/organisations/{ownerId}/applications/{applicationId}/load-balancers/{loadBalancerKind}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("applicationId", &self.application_id);
        request.path_param("loadBalancerKind", &self.load_balancer_kind);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::LogsApi::stream_application_access`]; finish with [`send`](StreamApplicationAccessLogs::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StreamApplicationAccessLogs<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) application_id: String,
    pub(crate) field: Option<Vec<String>>,
    pub(crate) limit: Option<i64>,
    pub(crate) since: Option<String>,
    pub(crate) throttle_elements: Option<i32>,
    pub(crate) throttle_per_in_milliseconds: Option<i64>,
    pub(crate) until: Option<String>,
}
impl StreamApplicationAccessLogs<'_> {
    /// Sets the `field` query parameter.
    pub fn field(mut self, value: Vec<String>) -> Self {
        self.field = Some(value);
        self
    }
    /// Maximum number of items to return.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Start of the time window.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }
    /// Sets the `throttleElements` query parameter.
    pub fn throttle_elements(mut self, value: i32) -> Self {
        self.throttle_elements = Some(value);
        self
    }
    /// Sets the `throttlePerInMilliseconds` query parameter.
    pub fn throttle_per_in_milliseconds(mut self, value: i64) -> Self {
        self.throttle_per_in_milliseconds = Some(value);
        self
    }
    /// End of the time window.
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.until = Some(value.into());
        self
    }
    /// Sends the request: `GET /v4/logs/organisations/{ownerId}/applications/{applicationId}/accesslogs`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "streamApplicationAccessLogs",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/logs/organisations/{ownerId}/applications/{applicationId}/accesslogs",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("applicationId", &self.application_id);
        request
            .query(
                "field",
                &self.field,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "limit",
                &self.limit,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "since",
                &self.since,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "throttleElements",
                &self.throttle_elements,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "throttlePerInMilliseconds",
                &self.throttle_per_in_milliseconds,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "until",
                &self.until,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"text/event-stream");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::LogsApi::stream_application_v4`]; finish with [`send`](StreamApplicationLogsV4::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StreamApplicationLogsV4<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) application_id: String,
    pub(crate) deployment_id: Option<String>,
    pub(crate) field: Option<Vec<String>>,
    pub(crate) filter: Option<String>,
    pub(crate) instance_id: Option<Vec<String>>,
    pub(crate) limit: Option<i64>,
    pub(crate) service: Option<Vec<String>>,
    pub(crate) since: Option<String>,
    pub(crate) throttle_elements: Option<i32>,
    pub(crate) throttle_per_in_milliseconds: Option<i64>,
    pub(crate) until: Option<String>,
}
impl StreamApplicationLogsV4<'_> {
    /// Deployment ID.
    pub fn deployment_id(mut self, value: impl Into<String>) -> Self {
        self.deployment_id = Some(value.into());
        self
    }
    /// Sets the `field` query parameter.
    pub fn field(mut self, value: Vec<String>) -> Self {
        self.field = Some(value);
        self
    }
    /// Sets the `filter` query parameter.
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Instance ID.
    pub fn instance_id(mut self, value: Vec<String>) -> Self {
        self.instance_id = Some(value);
        self
    }
    /// Maximum number of items to return.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets the `service` query parameter.
    pub fn service(mut self, value: Vec<String>) -> Self {
        self.service = Some(value);
        self
    }
    /// Start of the time window.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }
    /// Sets the `throttleElements` query parameter.
    pub fn throttle_elements(mut self, value: i32) -> Self {
        self.throttle_elements = Some(value);
        self
    }
    /// Sets the `throttlePerInMilliseconds` query parameter.
    pub fn throttle_per_in_milliseconds(mut self, value: i64) -> Self {
        self.throttle_per_in_milliseconds = Some(value);
        self
    }
    /// End of the time window.
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.until = Some(value.into());
        self
    }
    /// Sends the request: `GET /v4/logs/organisations/{ownerId}/applications/{applicationId}/logs`.
    pub async fn send(self) -> Result<String, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "streamApplicationLogsV4",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/logs/organisations/{ownerId}/applications/{applicationId}/logs",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("applicationId", &self.application_id);
        request
            .query(
                "deploymentId",
                &self.deployment_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "field",
                &self.field,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "filter",
                &self.filter,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "instanceId",
                &self.instance_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "limit",
                &self.limit,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "service",
                &self.service,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "since",
                &self.since,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "throttleElements",
                &self.throttle_elements,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "throttlePerInMilliseconds",
                &self.throttle_per_in_milliseconds,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "until",
                &self.until,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request.header("accept", &"text/event-stream");
        let response = request.send::<crate::types::Error_>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::MateriaApi::get_kv_database`]; finish with [`send`](GetMateriaKvDatabase::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetMateriaKvDatabase<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) id: String,
}
impl GetMateriaKvDatabase<'_> {
    /// Sends the request: `GET /v4/materia/organisations/{ownerId}/materia/databases/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getMateriaKvDatabase",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/materia/organisations/{ownerId}/materia/databases/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::list`]; finish with [`send`](ListNetworkGroups::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListNetworkGroups<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
}
impl ListNetworkGroups<'_> {
    /// Sends the request: `GET /v4/networkgroups/organisations/{ownerId}/networkgroups`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::NetworkGroup>, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listNetworkGroups",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Code(401u16)],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        let response = request.send::<serde_json::Value>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::create`]; finish with [`send`](CreateNetworkGroup::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateNetworkGroup<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) body: Option<crate::types::NetworkGroupInput>,
}
impl CreateNetworkGroup<'_> {
    /// Sends the request: `POST /v4/networkgroups/organisations/{ownerId}/networkgroups`.
    pub async fn send(
        self,
    ) -> Result<crate::types::NetworkGroup, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createNetworkGroup",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(409u16),
            ],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<serde_json::Value>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::get`]; finish with [`send`](GetNetworkGroup::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetNetworkGroup<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
}
impl GetNetworkGroup<'_> {
    /// Sends the request: `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::NetworkGroup, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getNetworkGroup",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        let response = request.send::<serde_json::Value>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::delete`]; finish with [`send`](DeleteNetworkGroup::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteNetworkGroup<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
}
impl DeleteNetworkGroup<'_> {
    /// Sends the request: `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}`.
    pub async fn send(self) -> Result<(), crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteNetworkGroup",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Code(401u16)],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        request.send::<serde_json::Value>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::add_external_peer`]; finish with [`send`](AddNetworkGroupExternalPeer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddNetworkGroupExternalPeer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
    pub(crate) body: Option<crate::types::ExternalPeerInput>,
}
impl AddNetworkGroupExternalPeer<'_> {
    /// Sends the request: `POST /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/external-peers`.
    pub async fn send(
        self,
    ) -> Result<crate::types::NetworkGroupPeer, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addNetworkGroupExternalPeer",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/external-peers",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<serde_json::Value>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::remove_external_peer`]; finish with [`send`](RemoveNetworkGroupExternalPeer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveNetworkGroupExternalPeer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
    pub(crate) peer_id: String,
}
impl RemoveNetworkGroupExternalPeer<'_> {
    /// Sends the request: `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/external-peers/{peerId}`.
    pub async fn send(self) -> Result<(), crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeNetworkGroupExternalPeer",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/external-peers/{peerId}",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        request.path_param("peerId", &self.peer_id);
        request.send::<serde_json::Value>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::list_members`]; finish with [`send`](ListNetworkGroupMembers::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListNetworkGroupMembers<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
}
impl ListNetworkGroupMembers<'_> {
    /// Sends the request: `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::NetworkGroupMember>, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listNetworkGroupMembers",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        let response = request.send::<serde_json::Value>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::add_member`]; finish with [`send`](AddNetworkGroupMember::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddNetworkGroupMember<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
    pub(crate) body: Option<crate::types::NetworkGroupMemberInput>,
}
impl AddNetworkGroupMember<'_> {
    /// Sends the request: `POST /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members`.
    pub async fn send(self) -> Result<String, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "addNetworkGroupMember",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        request.header("accept", &"text/plain");
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<serde_json::Value>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::get_member`]; finish with [`send`](GetNetworkGroupMember::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetNetworkGroupMember<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
    pub(crate) member_id: String,
}
impl GetNetworkGroupMember<'_> {
    /// Sends the request: `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members/{memberId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::NetworkGroupMember, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getNetworkGroupMember",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members/{memberId}",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        request.path_param("memberId", &self.member_id);
        let response = request.send::<serde_json::Value>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::remove_member`]; finish with [`send`](RemoveNetworkGroupMember::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveNetworkGroupMember<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
    pub(crate) member_id: String,
}
impl RemoveNetworkGroupMember<'_> {
    /// Sends the request: `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members/{memberId}`.
    pub async fn send(self) -> Result<(), crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "removeNetworkGroupMember",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members/{memberId}",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        request.path_param("memberId", &self.member_id);
        request.send::<serde_json::Value>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::list_peers`]; finish with [`send`](ListNetworkGroupPeers::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListNetworkGroupPeers<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
}
impl ListNetworkGroupPeers<'_> {
    /// Sends the request: `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::NetworkGroupPeer>, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listNetworkGroupPeers",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        let response = request.send::<serde_json::Value>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::get_peer`]; finish with [`send`](GetNetworkGroupPeer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetNetworkGroupPeer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
    pub(crate) peer_id: String,
}
impl GetNetworkGroupPeer<'_> {
    /// Sends the request: `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::NetworkGroupPeer, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getNetworkGroupPeer",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        request.path_param("peerId", &self.peer_id);
        let response = request.send::<serde_json::Value>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::delete_peer`]; finish with [`send`](DeleteNetworkGroupPeer::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteNetworkGroupPeer<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
    pub(crate) peer_id: String,
}
impl DeleteNetworkGroupPeer<'_> {
    /// Sends the request: `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}`.
    pub async fn send(self) -> Result<(), crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteNetworkGroupPeer",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}",
            authenticated: true,
            signing_url: None,
            errors: &[],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        request.path_param("peerId", &self.peer_id);
        request.send::<serde_json::Value>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::get_peer_wireguard_config`]; finish with [`send`](GetNetworkGroupPeerWireguardConfig::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetNetworkGroupPeerWireguardConfig<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
    pub(crate) peer_id: String,
}
impl GetNetworkGroupPeerWireguardConfig<'_> {
    /// Sends the request: `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}/wireguard/configuration`.
    pub async fn send(
        self,
    ) -> Result<crate::types::WireguardConfiguration, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getNetworkGroupPeerWireguardConfig",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}/wireguard/configuration",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        request.path_param("peerId", &self.peer_id);
        let response = request.send::<serde_json::Value>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::stream_peer_wireguard_config`]; finish with [`send`](StreamNetworkGroupPeerWireguardConfig::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StreamNetworkGroupPeerWireguardConfig<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
    pub(crate) peer_id: String,
}
impl StreamNetworkGroupPeerWireguardConfig<'_> {
    /// Sends the request: `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}/wireguard/configuration/stream`.
    pub async fn send(self) -> Result<String, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "streamNetworkGroupPeerWireguardConfig",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}/wireguard/configuration/stream",
            authenticated: true,
            signing_url: None,
            errors: &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        request.path_param("peerId", &self.peer_id);
        request.header("accept", &"text/event-stream");
        let response = request.send::<serde_json::Value>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::NetworkGroupsApi::stream`]; finish with [`send`](StreamNetworkGroup::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StreamNetworkGroup<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) network_group_id: String,
}
impl StreamNetworkGroup<'_> {
    /// Sends the request: `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/stream`.
    pub async fn send(self) -> Result<String, crate::Error<serde_json::Value>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "streamNetworkGroup",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/stream",
            authenticated: true,
            signing_url: None,
            errors: &[],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("networkGroupId", &self.network_group_id);
        request.header("accept", &"text/event-stream");
        let response = request.send::<serde_json::Value>().await?;
        Ok(response.text())
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::list_application_v4`]; finish with [`send`](ListApplicationDeploymentsV4::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListApplicationDeploymentsV4<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) application_id: String,
    pub(crate) action: Option<Vec<String>>,
    pub(crate) include_application_configuration: Option<bool>,
    pub(crate) limit: Option<i64>,
    pub(crate) order: Option<crate::types::ListApplicationDeploymentsV4Order>,
}
impl ListApplicationDeploymentsV4<'_> {
    /// Sets the `action` query parameter.
    pub fn action(mut self, value: Vec<String>) -> Self {
        self.action = Some(value);
        self
    }
    /// Sets the `includeApplicationConfiguration` query parameter.
    pub fn include_application_configuration(mut self, value: bool) -> Self {
        self.include_application_configuration = Some(value);
        self
    }
    /// Maximum number of items to return.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets the `order` query parameter.
    pub fn order(
        mut self,
        value: crate::types::ListApplicationDeploymentsV4Order,
    ) -> Self {
        self.order = Some(value);
        self
    }
    /// Sends the request: `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/deployments`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::OrchestrationDeployment>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listApplicationDeploymentsV4",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/orchestration/organisations/{ownerId}/applications/{applicationId}/deployments",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("applicationId", &self.application_id);
        request
            .query(
                "action",
                &self.action,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "includeApplicationConfiguration",
                &self.include_application_configuration,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "limit",
                &self.limit,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "order",
                &self.order,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::DeploymentsApi::get_application_v4`]; finish with [`send`](GetApplicationDeploymentV4::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetApplicationDeploymentV4<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) application_id: String,
    pub(crate) deployment_id: String,
    pub(crate) include_application_configuration: Option<bool>,
}
impl GetApplicationDeploymentV4<'_> {
    /// Sets the `includeApplicationConfiguration` query parameter.
    pub fn include_application_configuration(mut self, value: bool) -> Self {
        self.include_application_configuration = Some(value);
        self
    }
    /// Sends the request: `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/deployments/{deploymentId}`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::OrchestrationDeployment>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getApplicationDeploymentV4",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/orchestration/organisations/{ownerId}/applications/{applicationId}/deployments/{deploymentId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("applicationId", &self.application_id);
        request.path_param("deploymentId", &self.deployment_id);
        request
            .query(
                "includeApplicationConfiguration",
                &self.include_application_configuration,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::InstancesApi::list_application_v4`]; finish with [`send`](ListApplicationInstancesV4::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListApplicationInstancesV4<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) application_id: String,
    pub(crate) exclude_state: Option<Vec<String>>,
    pub(crate) include_state: Option<Vec<String>>,
    pub(crate) limit: Option<i64>,
    pub(crate) order: Option<crate::types::ListApplicationInstancesV4Order>,
    pub(crate) since: Option<String>,
    pub(crate) until: Option<String>,
    pub(crate) deployment_id: Option<String>,
}
impl ListApplicationInstancesV4<'_> {
    /// Sets the `excludeState` query parameter.
    pub fn exclude_state(mut self, value: Vec<String>) -> Self {
        self.exclude_state = Some(value);
        self
    }
    /// Sets the `includeState` query parameter.
    pub fn include_state(mut self, value: Vec<String>) -> Self {
        self.include_state = Some(value);
        self
    }
    /// Maximum number of items to return.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets the `order` query parameter.
    pub fn order(
        mut self,
        value: crate::types::ListApplicationInstancesV4Order,
    ) -> Self {
        self.order = Some(value);
        self
    }
    /// Start of the time window.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }
    /// End of the time window.
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.until = Some(value.into());
        self
    }
    /// Only instances of this deployment.
    pub fn deployment_id(mut self, value: impl Into<String>) -> Self {
        self.deployment_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/instances`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::OrchestrationInstance>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listApplicationInstancesV4",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/orchestration/organisations/{ownerId}/applications/{applicationId}/instances",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("applicationId", &self.application_id);
        request
            .query(
                "excludeState",
                &self.exclude_state,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "includeState",
                &self.include_state,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "limit",
                &self.limit,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "order",
                &self.order,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "since",
                &self.since,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "until",
                &self.until,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "deploymentId",
                &self.deployment_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::InstancesApi::get_application_v4`]; finish with [`send`](GetApplicationInstanceV4::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetApplicationInstanceV4<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) application_id: String,
    pub(crate) instance_id: String,
}
impl GetApplicationInstanceV4<'_> {
    /// Sends the request: `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/instances/{instanceId}`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<crate::types::OrchestrationInstance>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getApplicationInstanceV4",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/orchestration/organisations/{ownerId}/applications/{applicationId}/instances/{instanceId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("applicationId", &self.application_id);
        request.path_param("instanceId", &self.instance_id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::list_zones`]; finish with [`send`](ListZones::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListZones<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListZones<'_> {
    /// Sends the request: `GET /v4/products/zones`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Zone>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listZones",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/products/zones",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ProductsApi::get_zone`]; finish with [`send`](GetZone::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetZone<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) zone_name: String,
}
impl GetZone<'_> {
    /// Sends the request: `GET /v4/products/zones/{zoneName}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::Zone, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getZone",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/products/zones/{zoneName}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("zoneName", &self.zone_name);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SaasApi::get_grafana_organisation`]; finish with [`send`](GetGrafanaOrganisation::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetGrafanaOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl GetGrafanaOrganisation<'_> {
    /// Sends the request: `GET /v4/saas/grafana/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getGrafanaOrganisation",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/saas/grafana/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SaasApi::create_grafana_organisation`]; finish with [`send`](CreateGrafanaOrganisation::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateGrafanaOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl CreateGrafanaOrganisation<'_> {
    /// Sends the request: `POST /v4/saas/grafana/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createGrafanaOrganisation",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/saas/grafana/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SaasApi::delete_grafana_organisation`]; finish with [`send`](DeleteGrafanaOrganisation::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteGrafanaOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl DeleteGrafanaOrganisation<'_> {
    /// Sends the request: `DELETE /v4/saas/grafana/{id}`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "deleteGrafanaOrganisation",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/v4/saas/grafana/{id}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::SaasApi::reset_grafana_organisation`]; finish with [`send`](ResetGrafanaOrganisation::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ResetGrafanaOrganisation<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) id: String,
}
impl ResetGrafanaOrganisation<'_> {
    /// Sends the request: `POST /v4/saas/grafana/{id}/reset`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "resetGrafanaOrganisation",
            method: cloudsdk_runtime::Method::POST,
            path: "/v4/saas/grafana/{id}/reset",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("id", &self.id);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MetricsApi::get_request_heatmap`]; finish with [`send`](GetRequestHeatmap::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetRequestHeatmap<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) application_id: Option<String>,
}
impl GetRequestHeatmap<'_> {
    /// Application ID.
    pub fn application_id(mut self, value: impl Into<String>) -> Self {
        self.application_id = Some(value.into());
        self
    }
    /// Sends the request: `GET /v4/stats/organisations/{ownerId}/requests`.
    pub async fn send(
        self,
    ) -> Result<crate::types::AnyValue, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getRequestHeatmap",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/stats/organisations/{ownerId}/requests",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request
            .query(
                "applicationId",
                &self.application_id,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::MetricsApi::get_resource`]; finish with [`send`](GetResourceMetrics::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetResourceMetrics<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) owner_id: String,
    pub(crate) resource_id: String,
    pub(crate) end: Option<String>,
    pub(crate) fill: Option<bool>,
    pub(crate) interval: Option<String>,
    pub(crate) only: Option<crate::types::GetResourceMetricsOnly>,
    pub(crate) span: Option<String>,
}
impl GetResourceMetrics<'_> {
    /// End of the period, as an ISO 8601 date-time.
    pub fn end(mut self, value: impl Into<String>) -> Self {
        self.end = Some(value.into());
        self
    }
    /// Sets the `fill` query parameter.
    pub fn fill(mut self, value: bool) -> Self {
        self.fill = Some(value);
        self
    }
    /// Sets the `interval` query parameter.
    pub fn interval(mut self, value: impl Into<String>) -> Self {
        self.interval = Some(value.into());
        self
    }
    /// Sets the `only` query parameter.
    pub fn only(mut self, value: crate::types::GetResourceMetricsOnly) -> Self {
        self.only = Some(value);
        self
    }
    /// Sets the `span` query parameter.
    pub fn span(mut self, value: impl Into<String>) -> Self {
        self.span = Some(value.into());
        self
    }
    /// Sends the request: `GET /v4/stats/organisations/{ownerId}/resources/{resourceId}/metrics`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<std::collections::BTreeMap<String, serde_json::Value>>,
        crate::Error<crate::types::Error_>,
    > {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "getResourceMetrics",
            method: cloudsdk_runtime::Method::GET,
            path: "/v4/stats/organisations/{ownerId}/resources/{resourceId}/metrics",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("ownerId", &self.owner_id);
        request.path_param("resourceId", &self.resource_id);
        request
            .query(
                "end",
                &self.end,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "fill",
                &self.fill,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "interval",
                &self.interval,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "only",
                &self.only,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        request
            .query(
                "span",
                &self.span,
                cloudsdk_runtime::QueryStyle::Form {
                    explode: true,
                },
            );
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApiTokensApi::list`]; finish with [`send`](ListApiTokens::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListApiTokens<'a> {
    pub(crate) client: &'a crate::Client,
}
impl ListApiTokens<'_> {
    /// Sends the request: `GET /api-tokens`.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::ApiToken>, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "listApiTokens",
            method: cloudsdk_runtime::Method::GET,
            path: "/api-tokens",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let request = self.client.raw().request(&OPERATION);
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApiTokensApi::create`]; finish with [`send`](CreateApiToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateApiToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) body: Option<crate::types::ApiTokenCreateRequest>,
}
impl CreateApiToken<'_> {
    /// Sends the request: `POST /api-tokens`.
    pub async fn send(
        self,
    ) -> Result<crate::types::ApiTokenCreated, crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "createApiToken",
            method: cloudsdk_runtime::Method::POST,
            path: "/api-tokens",
            authenticated: false,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: false,
        };
        let mut request = self.client.raw().request(&OPERATION);
        if let Some(body) = &self.body {
            request.json(body);
        }
        let response = request.send::<crate::types::Error_>().await?;
        response.json()
    }
}
/// Request builder for [`crate::builders::ApiTokensApi::update`]; finish with [`send`](UpdateApiToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateApiToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) api_token_id: String,
    pub(crate) body: Option<crate::types::ApiTokenUpdateRequest>,
}
impl UpdateApiToken<'_> {
    /// Sends the request: `PUT /api-tokens/{apiTokenId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "updateApiToken",
            method: cloudsdk_runtime::Method::PUT,
            path: "/api-tokens/{apiTokenId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("apiTokenId", &self.api_token_id);
        if let Some(body) = &self.body {
            request.json(body);
        }
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
/// Request builder for [`crate::builders::ApiTokensApi::revoke`]; finish with [`send`](RevokeApiToken::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RevokeApiToken<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) api_token_id: String,
}
impl RevokeApiToken<'_> {
    /// Sends the request: `DELETE /api-tokens/{apiTokenId}`.
    pub async fn send(self) -> Result<(), crate::Error<crate::types::Error_>> {
        static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
            id: "revokeApiToken",
            method: cloudsdk_runtime::Method::DELETE,
            path: "/api-tokens/{apiTokenId}",
            authenticated: true,
            signing_url: None,
            errors: &[cloudsdk_runtime::StatusMatch::Default],
            idempotent: true,
        };
        let mut request = self.client.raw().request(&OPERATION);
        request.path_param("apiTokenId", &self.api_token_id);
        request.send::<crate::types::Error_>().await.map(|_| ())
    }
}
