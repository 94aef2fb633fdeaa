//! Test doubles: a mock server speaking this API, with expectations written in its types
//! (the `mock` feature; see the README's "Testing your code").
#![allow(clippy::type_complexity)]
pub use cloudsdk_mock::{
    Auth, Credential, Events, Messages, MockError, Mocked, Report, TokenEndpoint, When,
};
use crate::types as t;
/// A mock of the Clever Cloud API on 127.0.0.1, for testing code that uses [`crate::Client`].
///
/// Point a client at it with [`builder`](Self::builder), register expectations per
/// operation (grouped by tag, as on the client), then call `verify()`; the generic
/// machinery (`verify`, `require`, `requests`, …) is `cloudsdk_mock::MockServer`'s, reached
/// through `Deref` or [`raw`](Self::raw).
#[derive(Debug)]
pub struct MockServer {
    raw: cloudsdk_mock::MockServer,
}
impl MockServer {
    /// Starts the server on 127.0.0.1 (a free port); it stops when dropped. Must be called
    /// inside a tokio runtime.
    pub async fn new() -> ::std::io::Result<Self> {
        Ok(Self {
            raw: cloudsdk_mock::MockServer::with_routes(&ROUTES).await?,
        })
    }
    /// The generic server: verification, auth, recorded requests.
    pub fn raw(&self) -> &cloudsdk_mock::MockServer {
        &self.raw
    }
    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> ::std::string::String {
        self.raw.url()
    }
    /// A client builder pointed at this server; add the authentication and `build()`.
    pub fn builder(&self) -> cloudsdk_runtime::ClientBuilder<crate::Client> {
        crate::Client::builder()
            .base_url(self.raw.url())
            .websocket_base_url(self.raw.ws_url())
    }
    /// Expectations for the operations tagged `environment`.
    pub fn environment(&self) -> EnvironmentApi<'_> {
        EnvironmentApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `oauth`.
    pub fn oauth(&self) -> OauthApi<'_> {
        OauthApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `backups`.
    pub fn backups(&self) -> BackupsApi<'_> {
        BackupsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `github`.
    pub fn github(&self) -> GithubApi<'_> {
        GithubApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `payments`.
    pub fn payments(&self) -> PaymentsApi<'_> {
        PaymentsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `logs`.
    pub fn logs(&self) -> LogsApi<'_> {
        LogsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `metrics`.
    pub fn metrics(&self) -> MetricsApi<'_> {
        MetricsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `newsfeeds`.
    pub fn newsfeeds(&self) -> NewsfeedsApi<'_> {
        NewsfeedsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `notifications`.
    pub fn notifications(&self) -> NotificationsApi<'_> {
        NotificationsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `sessions`.
    pub fn sessions(&self) -> SessionsApi<'_> {
        SessionsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `organisations`.
    pub fn organisations(&self) -> OrganisationsApi<'_> {
        OrganisationsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `addonProviders`.
    pub fn addon_providers(&self) -> AddonProvidersApi<'_> {
        AddonProvidersApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `addons`.
    pub fn addons(&self) -> AddonsApi<'_> {
        AddonsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `instances`.
    pub fn instances(&self) -> InstancesApi<'_> {
        InstancesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `applications`.
    pub fn applications(&self) -> ApplicationsApi<'_> {
        ApplicationsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `branches`.
    pub fn branches(&self) -> BranchesApi<'_> {
        BranchesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `scalability`.
    pub fn scalability(&self) -> ScalabilityApi<'_> {
        ScalabilityApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `deployments`.
    pub fn deployments(&self) -> DeploymentsApi<'_> {
        DeploymentsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `redirections`.
    pub fn redirections(&self) -> RedirectionsApi<'_> {
        RedirectionsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `domains`.
    pub fn domains(&self) -> DomainsApi<'_> {
        DomainsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `oauthConsumers`.
    pub fn oauth_consumers(&self) -> OauthConsumersApi<'_> {
        OauthConsumersApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `members`.
    pub fn members(&self) -> MembersApi<'_> {
        MembersApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `products`.
    pub fn products(&self) -> ProductsApi<'_> {
        ProductsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `matomo`.
    pub fn matomo(&self) -> MatomoApi<'_> {
        MatomoApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `tardis`.
    pub fn tardis(&self) -> TardisApi<'_> {
        TardisApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `saas`.
    pub fn saas(&self) -> SaasApi<'_> {
        SaasApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `self`.
    pub fn self_(&self) -> SelfApi<'_> {
        SelfApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `oauthTokens`.
    pub fn oauth_tokens(&self) -> OauthTokensApi<'_> {
        OauthTokensApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `sshKeys`.
    pub fn ssh_keys(&self) -> SshKeysApi<'_> {
        SshKeysApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `mfa`.
    pub fn mfa(&self) -> MfaApi<'_> {
        MfaApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `summary`.
    pub fn summary(&self) -> SummaryApi<'_> {
        SummaryApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `users`.
    pub fn users(&self) -> UsersApi<'_> {
        UsersApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `vendor`.
    pub fn vendor(&self) -> VendorApi<'_> {
        VendorApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `pulsar`.
    pub fn pulsar(&self) -> PulsarApi<'_> {
        PulsarApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `configProviders`.
    pub fn config_providers(&self) -> ConfigProvidersApi<'_> {
        ConfigProvidersApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `billing`.
    pub fn billing(&self) -> BillingApi<'_> {
        BillingApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `consoleSettings`.
    pub fn console_settings(&self) -> ConsoleSettingsApi<'_> {
        ConsoleSettingsApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `functions`.
    pub fn functions(&self) -> FunctionsApi<'_> {
        FunctionsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `iamTokens`.
    pub fn iam_tokens(&self) -> IamTokensApi<'_> {
        IamTokensApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `loadBalancers`.
    pub fn load_balancers(&self) -> LoadBalancersApi<'_> {
        LoadBalancersApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `materia`.
    pub fn materia(&self) -> MateriaApi<'_> {
        MateriaApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `networkGroups`.
    pub fn network_groups(&self) -> NetworkGroupsApi<'_> {
        NetworkGroupsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `apiTokens`.
    pub fn api_tokens(&self) -> ApiTokensApi<'_> {
        ApiTokensApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `events`.
    pub fn events(&self) -> EventsApi<'_> {
        EventsApi { raw: &self.raw }
    }
}
impl ::std::ops::Deref for MockServer {
    type Target = cloudsdk_mock::MockServer;
    fn deref(&self) -> &cloudsdk_mock::MockServer {
        &self.raw
    }
}
/// Expectations for the operations tagged `environment`.
#[derive(Debug, Clone, Copy)]
pub struct EnvironmentApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> EnvironmentApi<'a> {
    /// `GET /v2/application/{appId}/environment` (`getApplicationEnvWithToken`)
    pub fn get_application_env_with_token(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[0])
    }
    /// `PUT /v2/application/{appId}/environment` (`updateApplicationEnvWithToken`)
    pub fn update_application_env_with_token(
        &self,
    ) -> When<'_, t::EnvironmentMap, t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[1])
    }
    /// `GET /v2/organisations/{id}/addons/{addonId}/env` (`listOrganisationAddonEnv`)
    pub fn list_organisation_addon_env(
        &self,
    ) -> When<'_, (), Vec<t::EnvVar>, t::Error, ()> {
        When::new(self.raw, &ROUTES[80])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/addons/env` (`listOrganisationApplicationAddonsEnv`)
    pub fn list_organisation_application_addons_env(
        &self,
    ) -> When<'_, (), Vec<t::LinkedAddonEnv>, t::Error, ()> {
        When::new(self.raw, &ROUTES[100])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/dependencies/env` (`listOrganisationApplicationDependenciesEnv`)
    pub fn list_organisation_application_dependencies_env(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[106])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/env` (`listOrganisationApplicationEnv`)
    pub fn list_organisation_application_env(
        &self,
    ) -> When<'_, (), Vec<t::EnvVar>, t::Error, ()> {
        When::new(self.raw, &ROUTES[113])
    }
    /// `PUT /v2/organisations/{id}/applications/{appId}/env` (`replaceOrganisationApplicationEnv`)
    pub fn replace_organisation_application_env(
        &self,
    ) -> When<'_, t::EnvironmentMap, t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[114])
    }
    /// `PUT /v2/organisations/{id}/applications/{appId}/env/{envName}` (`setOrganisationApplicationEnvVar`)
    pub fn set_organisation_application_env_var(
        &self,
    ) -> When<'_, t::ValueInput, t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[115])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}/env/{envName}` (`deleteOrganisationApplicationEnvVar`)
    pub fn delete_organisation_application_env_var(
        &self,
    ) -> When<'_, (), t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[116])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/exposed_env` (`getOrganisationApplicationExposedEnv`)
    pub fn get_organisation_application_exposed_env(
        &self,
    ) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[117])
    }
    /// `PUT /v2/organisations/{id}/applications/{appId}/exposed_env` (`replaceOrganisationApplicationExposedEnv`)
    pub fn replace_organisation_application_exposed_env(
        &self,
    ) -> When<'_, t::EnvironmentMap, t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[118])
    }
    /// `GET /v2/self/addons/{addonId}/env` (`listSelfAddonEnv`)
    pub fn list_self_addon_env(&self) -> When<'_, (), Vec<t::EnvVar>, t::Error, ()> {
        When::new(self.raw, &ROUTES[217])
    }
    /// `GET /v2/self/applications/{appId}/addons/env` (`listSelfApplicationAddonsEnv`)
    pub fn list_self_application_addons_env(
        &self,
    ) -> When<'_, (), Vec<t::LinkedAddonEnv>, t::Error, ()> {
        When::new(self.raw, &ROUTES[230])
    }
    /// `GET /v2/self/applications/{appId}/dependencies/env` (`listSelfApplicationDependenciesEnv`)
    pub fn list_self_application_dependencies_env(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[236])
    }
    /// `GET /v2/self/applications/{appId}/env` (`listSelfApplicationEnv`)
    pub fn list_self_application_env(
        &self,
    ) -> When<'_, (), Vec<t::EnvVar>, t::Error, ()> {
        When::new(self.raw, &ROUTES[243])
    }
    /// `PUT /v2/self/applications/{appId}/env` (`replaceSelfApplicationEnv`)
    pub fn replace_self_application_env(
        &self,
    ) -> When<'_, t::EnvironmentMap, t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[244])
    }
    /// `PUT /v2/self/applications/{appId}/env/{envName}` (`setSelfApplicationEnvVar`)
    pub fn set_self_application_env_var(
        &self,
    ) -> When<'_, t::ValueInput, t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[245])
    }
    /// `DELETE /v2/self/applications/{appId}/env/{envName}` (`deleteSelfApplicationEnvVar`)
    pub fn delete_self_application_env_var(
        &self,
    ) -> When<'_, (), t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[246])
    }
    /// `GET /v2/self/applications/{appId}/exposed_env` (`getSelfApplicationExposedEnv`)
    pub fn get_self_application_exposed_env(
        &self,
    ) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[247])
    }
    /// `PUT /v2/self/applications/{appId}/exposed_env` (`replaceSelfApplicationExposedEnv`)
    pub fn replace_self_application_exposed_env(
        &self,
    ) -> When<'_, t::EnvironmentMap, t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[248])
    }
}
/// Expectations for the operations tagged `oauth`.
#[derive(Debug, Clone, Copy)]
pub struct OauthApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> OauthApi<'a> {
    /// `POST /v2/authenticate` (`authenticateRequest`)
    pub fn authenticate_request(
        &self,
    ) -> When<'_, t::SignedRequestCheck, t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[2])
    }
    /// `POST /v2/authorize` (`authorizeRequest`)
    pub fn authorize_request(
        &self,
    ) -> When<'_, t::SignedRequestCheck, t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[3])
    }
    /// `POST /v2/oauth/access_token` (`createAccessToken`)
    pub fn create_access_token(
        &self,
    ) -> When<'_, t::OauthParametersForm, cloudsdk_runtime::Bytes, t::Error, ()> {
        When::new(self.raw, &ROUTES[38])
    }
    /// `POST /v2/oauth/access_token_query` (`createAccessTokenFromQuery`)
    pub fn create_access_token_from_query(
        &self,
    ) -> When<'_, (), cloudsdk_runtime::Bytes, t::Error, ()> {
        When::new(self.raw, &ROUTES[39])
    }
    /// `GET /v2/oauth/authorize` (`getAuthorizeForm`)
    pub fn get_authorize_form(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[40])
    }
    /// `POST /v2/oauth/authorize` (`authorizeRequestToken`)
    pub fn authorize_request_token(
        &self,
    ) -> When<'_, t::OauthAuthorizationForm, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[41])
    }
    /// `GET /v2/oauth/login_data` (`getOauthLoginData`)
    pub fn get_login_data(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[42])
    }
    /// `POST /v2/oauth/request_token` (`createRequestToken`)
    pub fn create_request_token(
        &self,
    ) -> When<'_, t::OauthParametersForm, cloudsdk_runtime::Bytes, t::Error, ()> {
        When::new(self.raw, &ROUTES[43])
    }
    /// `POST /v2/oauth/request_token_query` (`createRequestTokenFromQuery`)
    pub fn create_request_token_from_query(
        &self,
    ) -> When<'_, (), cloudsdk_runtime::Bytes, t::Error, ()> {
        When::new(self.raw, &ROUTES[44])
    }
    /// `GET /v2/oauth/rights` (`listOauthRights`)
    pub fn list_rights(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[45])
    }
}
/// Expectations for the operations tagged `backups`.
#[derive(Debug, Clone, Copy)]
pub struct BackupsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> BackupsApi<'a> {
    /// `GET /v2/backups/{ownerId}/{ref}` (`listBackups`)
    pub fn list(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[4])
    }
}
/// Expectations for the operations tagged `github`.
#[derive(Debug, Clone, Copy)]
pub struct GithubApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> GithubApi<'a> {
    /// `GET /v2/github` (`getGithubLink`)
    pub fn get_link(&self) -> When<'_, (), t::OauthTransaction, t::Error, ()> {
        When::new(self.raw, &ROUTES[5])
    }
    /// `GET /v2/github/applications` (`listGithubRepositories`)
    pub fn list_repositories(
        &self,
    ) -> When<'_, (), Vec<t::GithubRepository>, t::Error, ()> {
        When::new(self.raw, &ROUTES[6])
    }
    /// `GET /v2/github/callback` (`handleGithubCallback`)
    pub fn handle_callback(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[7])
    }
    /// `GET /v2/github/emails` (`listGithubEmails`)
    pub fn list_emails(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[8])
    }
    /// `GET /v2/github/keys` (`listGithubKeys`)
    pub fn list_keys(&self) -> When<'_, (), Vec<t::SshKey>, t::Error, ()> {
        When::new(self.raw, &ROUTES[9])
    }
    /// `GET /v2/github/link` (`startGithubLink`)
    pub fn start_link(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[10])
    }
    /// `DELETE /v2/github/link` (`unlinkGithub`)
    pub fn unlink(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[11])
    }
    /// `GET /v2/github/login` (`startGithubLogin`)
    pub fn start_login(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[12])
    }
    /// `POST /v2/github/redeploy` (`handleGithubPush`)
    pub fn handle_push(
        &self,
    ) -> When<'_, t::GithubPushPayload, t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[13])
    }
    /// `GET /v2/github/signup` (`startGithubSignup`)
    pub fn start_signup(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[14])
    }
    /// `POST /v2/github/signup` (`finishGithubSignup`)
    pub fn finish_signup(
        &self,
    ) -> When<'_, t::ExternalSignupForm, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[15])
    }
    /// `GET /v2/github/username` (`getGithubUsername`)
    pub fn get_username(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[16])
    }
}
/// Expectations for the operations tagged `payments`.
#[derive(Debug, Clone, Copy)]
pub struct PaymentsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> PaymentsApi<'a> {
    /// `PUT /v2/invoice/external/paypal/{bid}` (`authorizePaypalTransaction`)
    pub fn authorize_paypal_transaction(
        &self,
    ) -> When<'_, t::PaymentData, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[17])
    }
    /// `DELETE /v2/invoice/external/paypal/{bid}` (`cancelPaypalTransaction`)
    pub fn cancel_paypal_transaction(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[18])
    }
    /// `POST /v2/invoice/external/{bid}` (`completeExternalInvoicePayment`)
    pub fn complete_external_invoice(
        &self,
    ) -> When<'_, t::ExternalPaymentResult, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[19])
    }
    /// `GET /v2/organisations/{id}/consumptions` (`listOrganisationConsumptions`)
    pub fn list_organisation_consumptions(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[146])
    }
    /// `GET /v2/organisations/{id}/credits` (`getOrganisationCredits`)
    pub fn get_organisation_credits(
        &self,
    ) -> When<'_, (), t::CreditBalance, t::Error, ()> {
        When::new(self.raw, &ROUTES[147])
    }
    /// `GET /v2/organisations/{id}/payment-info` (`getOrganisationPaymentInfo`)
    pub fn get_organisation_info(&self) -> When<'_, (), t::PaymentInfo, t::Error, ()> {
        When::new(self.raw, &ROUTES[155])
    }
    /// `GET /v2/organisations/{id}/payments/billings` (`listOrganisationInvoices`)
    pub fn list_organisation_invoices(
        &self,
    ) -> When<'_, (), Vec<t::Invoice>, t::Error, ()> {
        When::new(self.raw, &ROUTES[156])
    }
    /// `POST /v2/organisations/{id}/payments/billings` (`buyOrganisationCredits`)
    pub fn buy_organisation_credits(
        &self,
    ) -> When<'_, t::CreditPurchase, t::Invoice, t::Error, ()> {
        When::new(self.raw, &ROUTES[157])
    }
    /// `GET /v2/organisations/{id}/payments/billings/unpaid` (`listOrganisationUnpaidInvoices`)
    pub fn list_organisation_unpaid_invoices(
        &self,
    ) -> When<'_, (), Vec<t::Invoice>, t::Error, ()> {
        When::new(self.raw, &ROUTES[158])
    }
    /// `GET /v2/organisations/{id}/payments/billings/{bid}` (`getOrganisationInvoice`)
    pub fn get_organisation_invoice(&self) -> When<'_, (), t::Invoice, t::Error, ()> {
        When::new(self.raw, &ROUTES[159])
    }
    /// `PUT /v2/organisations/{id}/payments/billings/{bid}` (`chooseOrganisationInvoicePaymentProvider`)
    pub fn choose_organisation_invoice_provider(
        &self,
    ) -> When<'_, t::PaymentProviderSelection, t::PaymentNextStep, t::Error, ()> {
        When::new(self.raw, &ROUTES[160])
    }
    /// `DELETE /v2/organisations/{id}/payments/billings/{bid}` (`deleteOrganisationPurchaseOrder`)
    pub fn delete_organisation_purchase_order(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[161])
    }
    /// `GET /v2/organisations/{id}/payments/billings/{bid}.pdf` (`downloadOrganisationInvoicePdf`)
    pub fn download_organisation_invoice_pdf(
        &self,
    ) -> When<'_, (), cloudsdk_runtime::Bytes, t::Error, ()> {
        When::new(self.raw, &ROUTES[162])
    }
    /// `GET /v2/organisations/{id}/payments/fullprice/{price}` (`getOrganisationPriceWithTax`)
    pub fn get_organisation_price_with_tax(
        &self,
    ) -> When<'_, (), t::PriceWithTax, t::Error, ()> {
        When::new(self.raw, &ROUTES[163])
    }
    /// `GET /v2/organisations/{id}/payments/methods` (`listOrganisationPaymentMethods`)
    pub fn list_organisation_methods(
        &self,
    ) -> When<'_, (), Vec<t::PaymentMethod>, t::Error, ()> {
        When::new(self.raw, &ROUTES[164])
    }
    /// `POST /v2/organisations/{id}/payments/methods` (`addOrganisationPaymentMethod`)
    pub fn add_organisation_method(
        &self,
    ) -> When<'_, t::PaymentData, t::PaymentMethod, t::Error, ()> {
        When::new(self.raw, &ROUTES[165])
    }
    /// `GET /v2/organisations/{id}/payments/methods/default` (`getOrganisationDefaultPaymentMethod`)
    pub fn get_organisation_default_method(
        &self,
    ) -> When<'_, (), t::PaymentMethod, t::Error, ()> {
        When::new(self.raw, &ROUTES[166])
    }
    /// `PUT /v2/organisations/{id}/payments/methods/default` (`setOrganisationDefaultPaymentMethod`)
    pub fn set_organisation_default_method(
        &self,
    ) -> When<'_, t::PaymentData, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[167])
    }
    /// `GET /v2/organisations/{id}/payments/methods/newintent` (`createOrganisationSetupIntent`)
    pub fn create_organisation_setup_intent(
        &self,
    ) -> When<'_, (), t::SetupIntent, t::Error, ()> {
        When::new(self.raw, &ROUTES[168])
    }
    /// `DELETE /v2/organisations/{id}/payments/methods/{mId}` (`deleteOrganisationPaymentMethod`)
    pub fn delete_organisation_method(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[169])
    }
    /// `GET /v2/organisations/{id}/payments/monthlyinvoice` (`getOrganisationMonthlyInvoice`)
    pub fn get_organisation_monthly_invoice(
        &self,
    ) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[170])
    }
    /// `PUT /v2/organisations/{id}/payments/monthlyinvoice/maxcredit` (`setOrganisationMaxMonthlyCredits`)
    pub fn set_organisation_max_monthly_credits(
        &self,
    ) -> When<'_, t::MaxCreditsInput, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[171])
    }
    /// `GET /v2/organisations/{id}/payments/recurring` (`getOrganisationRecurrentPayment`)
    pub fn get_organisation_recurrent(
        &self,
    ) -> When<'_, (), t::RecurrentPayment, t::Error, ()> {
        When::new(self.raw, &ROUTES[172])
    }
    /// `DELETE /v2/organisations/{id}/payments/recurring` (`deleteOrganisationRecurrentPayment`)
    pub fn delete_organisation_recurrent(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[173])
    }
    /// `GET /v2/organisations/{id}/payments/tokens/stripe` (`getOrganisationStripeToken`)
    pub fn get_organisation_stripe_token(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[174])
    }
    /// `GET /v2/payments/assets/pay_button/{token}/button.png` (`getInvoicePayButton`)
    pub fn get_invoice_pay_button(
        &self,
    ) -> When<'_, (), cloudsdk_runtime::Bytes, t::Error, ()> {
        When::new(self.raw, &ROUTES[179])
    }
    /// `GET /v2/payments/coupons/{name}` (`getCoupon`)
    pub fn get_coupon(&self) -> When<'_, (), serde_json::Value, t::Error, ()> {
        When::new(self.raw, &ROUTES[180])
    }
    /// `GET /v2/payments/providers` (`listPaymentProviders`)
    pub fn list_providers(&self) -> When<'_, (), serde_json::Value, t::Error, ()> {
        When::new(self.raw, &ROUTES[181])
    }
    /// `GET /v2/payments/tokens/stripe` (`getStripeToken`)
    pub fn get_stripe_token(&self) -> When<'_, (), serde_json::Value, t::Error, ()> {
        When::new(self.raw, &ROUTES[182])
    }
    /// `POST /v2/payments/webhooks/stripe/sepa` (`handleStripeSepaWebhook`)
    pub fn handle_stripe_sepa_webhook(
        &self,
    ) -> When<'_, t::StripeWebhookPayload, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[183])
    }
    /// `PUT /v2/payments/{bid}/end/stripe` (`updateStripePayment`)
    pub fn update_stripe(&self) -> When<'_, t::SetupIntent, t::Invoice, t::Error, ()> {
        When::new(self.raw, &ROUTES[184])
    }
    /// `POST /v2/payments/{bid}/end/stripe` (`completeStripePayment`)
    pub fn complete_stripe(
        &self,
    ) -> When<'_, t::PaymentData, serde_json::Value, t::Error, ()> {
        When::new(self.raw, &ROUTES[185])
    }
    /// `GET /v2/self/consumptions` (`listSelfConsumptions`)
    pub fn list_self_consumptions(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[272])
    }
    /// `GET /v2/self/credits` (`getSelfCredits`)
    pub fn get_self_credits(&self) -> When<'_, (), t::CreditBalance, t::Error, ()> {
        When::new(self.raw, &ROUTES[273])
    }
    /// `GET /v2/self/payment-info` (`getSelfPaymentInfo`)
    pub fn get_self_info(&self) -> When<'_, (), t::PaymentInfo, t::Error, ()> {
        When::new(self.raw, &ROUTES[287])
    }
    /// `GET /v2/self/payments/billings` (`listSelfInvoices`)
    pub fn list_self_invoices(&self) -> When<'_, (), Vec<t::Invoice>, t::Error, ()> {
        When::new(self.raw, &ROUTES[288])
    }
    /// `POST /v2/self/payments/billings` (`buySelfCredits`)
    pub fn buy_self_credits(
        &self,
    ) -> When<'_, t::CreditPurchase, t::Invoice, t::Error, ()> {
        When::new(self.raw, &ROUTES[289])
    }
    /// `GET /v2/self/payments/billings/{bid}` (`getSelfInvoice`)
    pub fn get_self_invoice(&self) -> When<'_, (), t::Invoice, t::Error, ()> {
        When::new(self.raw, &ROUTES[290])
    }
    /// `PUT /v2/self/payments/billings/{bid}` (`chooseSelfInvoicePaymentProvider`)
    pub fn choose_self_invoice_provider(
        &self,
    ) -> When<'_, t::PaymentProviderSelection, t::PaymentNextStep, t::Error, ()> {
        When::new(self.raw, &ROUTES[291])
    }
    /// `DELETE /v2/self/payments/billings/{bid}` (`deleteSelfPurchaseOrder`)
    pub fn delete_self_purchase_order(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[292])
    }
    /// `GET /v2/self/payments/billings/{bid}.pdf` (`downloadSelfInvoicePdf`)
    pub fn download_self_invoice_pdf(
        &self,
    ) -> When<'_, (), cloudsdk_runtime::Bytes, t::Error, ()> {
        When::new(self.raw, &ROUTES[293])
    }
    /// `GET /v2/self/payments/fullprice/{price}` (`getSelfPriceWithTax`)
    pub fn get_self_price_with_tax(
        &self,
    ) -> When<'_, (), t::PriceWithTax, t::Error, ()> {
        When::new(self.raw, &ROUTES[294])
    }
    /// `GET /v2/self/payments/methods` (`listSelfPaymentMethods`)
    pub fn list_self_methods(
        &self,
    ) -> When<'_, (), Vec<t::PaymentMethod>, t::Error, ()> {
        When::new(self.raw, &ROUTES[295])
    }
    /// `POST /v2/self/payments/methods` (`addSelfPaymentMethod`)
    pub fn add_self_method(
        &self,
    ) -> When<'_, t::PaymentData, t::PaymentMethod, t::Error, ()> {
        When::new(self.raw, &ROUTES[296])
    }
    /// `GET /v2/self/payments/methods/default` (`getSelfDefaultPaymentMethod`)
    pub fn get_self_default_method(
        &self,
    ) -> When<'_, (), t::PaymentMethod, t::Error, ()> {
        When::new(self.raw, &ROUTES[297])
    }
    /// `PUT /v2/self/payments/methods/default` (`setSelfDefaultPaymentMethod`)
    pub fn set_self_default_method(
        &self,
    ) -> When<'_, t::PaymentData, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[298])
    }
    /// `DELETE /v2/self/payments/methods/{mId}` (`deleteSelfPaymentMethod`)
    pub fn delete_self_method(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[299])
    }
    /// `GET /v2/self/payments/monthlyinvoice` (`getSelfMonthlyInvoice`)
    pub fn get_self_monthly_invoice(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[300])
    }
    /// `PUT /v2/self/payments/monthlyinvoice/maxcredit` (`setSelfMaxMonthlyCredits`)
    pub fn set_self_max_monthly_credits(
        &self,
    ) -> When<'_, t::MaxCreditsInput, t::MaxCreditsInput, t::Error, ()> {
        When::new(self.raw, &ROUTES[301])
    }
    /// `GET /v2/self/payments/recurring` (`getSelfRecurrentPayment`)
    pub fn get_self_recurrent(&self) -> When<'_, (), t::RecurrentPayment, t::Error, ()> {
        When::new(self.raw, &ROUTES[302])
    }
    /// `DELETE /v2/self/payments/recurring` (`deleteSelfRecurrentPayment`)
    pub fn delete_self_recurrent(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[303])
    }
    /// `GET /v2/self/payments/tokens/stripe` (`getSelfStripeToken`)
    pub fn get_self_stripe_token(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[304])
    }
    /// `GET /v2/validation/vat/{key}` (`validateVatKey`)
    pub fn validate_vat_key(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[325])
    }
    /// `GET /v2/vat_check` (`checkVat`)
    pub fn check_vat(&self) -> When<'_, (), t::VatCheckResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[326])
    }
}
/// Expectations for the operations tagged `logs`.
#[derive(Debug, Clone, Copy)]
pub struct LogsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> LogsApi<'a> {
    /// `GET /v2/logs/{appId}` (`listApplicationLogs`)
    pub fn list_application(&self) -> When<'_, (), Vec<t::LogLine>, t::Error, ()> {
        When::new(self.raw, &ROUTES[20])
    }
    /// `GET /v2/logs/{appId}/drains` (`listLogDrains`)
    pub fn list_drains(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[21])
    }
    /// `POST /v2/logs/{appId}/drains` (`createLogDrain`)
    pub fn create_drain(&self) -> When<'_, t::AnyValue, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[22])
    }
    /// `DELETE /v2/logs/{appId}/drains/{drainId}` (`deleteLogDrain`)
    pub fn delete_drain(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[23])
    }
    /// `PUT /v2/logs/{appId}/drains/{drainId}/state` (`updateLogDrainState`)
    pub fn update_drain_state(
        &self,
    ) -> When<'_, t::AnyValue, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[24])
    }
    /// `GET /v4/logs/organisations/{ownerId}/applications/{applicationId}/accesslogs` (`streamApplicationAccessLogs`)
    pub fn stream_application_access(
        &self,
    ) -> When<'_, (), String, t::Error, t::AccessLog> {
        When::new(self.raw, &ROUTES[405])
    }
    /// `GET /v4/logs/organisations/{ownerId}/applications/{applicationId}/logs` (`streamApplicationLogsV4`)
    pub fn stream_application_v4(
        &self,
    ) -> When<'_, (), String, t::Error, t::ApplicationLog> {
        When::new(self.raw, &ROUTES[406])
    }
    /// `GET /logs-socket/{appId}` (`streamApplicationLogs`)
    pub fn stream_application(&self) -> When<'_, (), (), t::Error, t::LogLine> {
        When::new(self.raw, &ROUTES[441])
    }
}
/// Expectations for the operations tagged `metrics`.
#[derive(Debug, Clone, Copy)]
pub struct MetricsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> MetricsApi<'a> {
    /// `GET /v2/metrics/read/{orgaId}` (`getMetricsReadToken`)
    pub fn get_read_token(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[25])
    }
    /// `GET /v2/w10tokens/accessLogs/read/{orgaId}` (`getAccessLogsReadToken`)
    pub fn get_access_logs_read_token(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[334])
    }
    /// `GET /v4/stats/organisations/{ownerId}/requests` (`getRequestHeatmap`)
    pub fn get_request_heatmap(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[434])
    }
    /// `GET /v4/stats/organisations/{ownerId}/resources/{resourceId}/metrics` (`getResourceMetrics`)
    pub fn get_resource(
        &self,
    ) -> When<
        '_,
        (),
        Vec<::std::collections::BTreeMap<::std::string::String, serde_json::Value>>,
        t::Error,
        (),
    > {
        When::new(self.raw, &ROUTES[435])
    }
}
/// Expectations for the operations tagged `newsfeeds`.
#[derive(Debug, Clone, Copy)]
pub struct NewsfeedsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> NewsfeedsApi<'a> {
    /// `GET /v2/newsfeeds/blog` (`getBlogFeed`)
    pub fn get_blog_feed(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[26])
    }
    /// `GET /v2/newsfeeds/engineering` (`getEngineeringFeed`)
    pub fn get_engineering_feed(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[27])
    }
}
/// Expectations for the operations tagged `notifications`.
#[derive(Debug, Clone, Copy)]
pub struct NotificationsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> NotificationsApi<'a> {
    /// `GET /v2/notifications/emailhooks/{ownerId}` (`listEmailHooks`)
    pub fn list_email_hooks(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[28])
    }
    /// `POST /v2/notifications/emailhooks/{ownerId}` (`createEmailHook`)
    pub fn create_email_hook(&self) -> When<'_, t::AnyValue, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[29])
    }
    /// `PUT /v2/notifications/emailhooks/{ownerId}/{id}` (`updateEmailHook`)
    pub fn update_email_hook(&self) -> When<'_, t::AnyValue, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[30])
    }
    /// `DELETE /v2/notifications/emailhooks/{ownerId}/{id}` (`deleteEmailHook`)
    pub fn delete_email_hook(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[31])
    }
    /// `GET /v2/notifications/info/events` (`listNotificationEventTypes`)
    pub fn list_event_types(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[32])
    }
    /// `GET /v2/notifications/info/webhookformats` (`listWebhookFormats`)
    pub fn list_webhook_formats(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[33])
    }
    /// `GET /v2/notifications/webhooks/{ownerId}` (`listWebhooks`)
    pub fn list_webhooks(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[34])
    }
    /// `POST /v2/notifications/webhooks/{ownerId}` (`createWebhook`)
    pub fn create_webhook(&self) -> When<'_, t::AnyValue, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[35])
    }
    /// `PUT /v2/notifications/webhooks/{ownerId}/{id}` (`updateWebhook`)
    pub fn update_webhook(&self) -> When<'_, t::AnyValue, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[36])
    }
    /// `DELETE /v2/notifications/webhooks/{ownerId}/{id}` (`deleteWebhook`)
    pub fn delete_webhook(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[37])
    }
}
/// Expectations for the operations tagged `sessions`.
#[derive(Debug, Clone, Copy)]
pub struct SessionsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> SessionsApi<'a> {
    /// `GET /v2/oidc/{service}/callback` (`handleOidcCallback`)
    pub fn handle_oidc_callback(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[46])
    }
    /// `GET /v2/oidc/{service}/login` (`startOidcLogin`)
    pub fn start_oidc_login(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[47])
    }
    /// `GET /v2/oidc/{service}/signup` (`startOidcSignup`)
    pub fn start_oidc_signup(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[48])
    }
    /// `POST /v2/oidc/{service}/signup` (`finishOidcSignup`)
    pub fn finish_oidc_signup(
        &self,
    ) -> When<'_, t::ExternalSignupForm, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[49])
    }
    /// `GET /v2/password_forgotten` (`getPasswordResetForm`)
    pub fn get_password_reset_form(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[175])
    }
    /// `POST /v2/password_forgotten` (`requestPasswordReset`)
    pub fn request_password_reset(
        &self,
    ) -> When<'_, t::PasswordResetRequestForm, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[176])
    }
    /// `GET /v2/password_forgotten/{key}` (`getPasswordResetConfirmForm`)
    pub fn get_password_reset_confirm_form(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[177])
    }
    /// `POST /v2/password_forgotten/{key}` (`resetPassword`)
    pub fn reset_password(
        &self,
    ) -> When<'_, t::PasswordResetForm, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[178])
    }
    /// `GET /v2/session/from/{subscription_source}/signup` (`getSignupFormForSource`)
    pub fn get_signup_form_for_source(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[310])
    }
    /// `GET /v2/session/login` (`getLoginForm`)
    pub fn get_login_form(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[311])
    }
    /// `POST /v2/session/login` (`login`)
    pub fn login(&self) -> When<'_, t::LoginForm, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[312])
    }
    /// `POST /v2/session/mfa_login` (`loginWithMfa`)
    pub fn login_with_mfa(&self) -> When<'_, t::MfaLoginForm, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[313])
    }
    /// `GET /v2/session/signup` (`getSignupForm`)
    pub fn get_signup_form(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[314])
    }
    /// `GET /v2/sessions/from/{subscription_source}/signup` (`getSignupFormForSourceAlias`)
    pub fn get_signup_form_for_source_alias(
        &self,
    ) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[315])
    }
    /// `GET /v2/sessions/login` (`getLoginFormAlias`)
    pub fn get_login_form_alias(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[316])
    }
    /// `POST /v2/sessions/login` (`loginAlias`)
    pub fn login_alias(&self) -> When<'_, t::LoginForm, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[317])
    }
    /// `POST /v2/sessions/mfa_login` (`loginWithMfaAlias`)
    pub fn login_with_mfa_alias(
        &self,
    ) -> When<'_, t::MfaLoginForm, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[318])
    }
    /// `GET /v2/sessions/signup` (`getSignupFormAlias`)
    pub fn get_signup_form_alias(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[319])
    }
}
/// Expectations for the operations tagged `organisations`.
#[derive(Debug, Clone, Copy)]
pub struct OrganisationsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> OrganisationsApi<'a> {
    /// `GET /v2/organisations` (`listOrganisations`)
    pub fn list(&self) -> When<'_, (), Vec<t::Organisation>, t::Error, ()> {
        When::new(self.raw, &ROUTES[50])
    }
    /// `POST /v2/organisations` (`createOrganisation`)
    pub fn create(
        &self,
    ) -> When<'_, t::OrganisationInput, t::Organisation, t::Error, ()> {
        When::new(self.raw, &ROUTES[51])
    }
    /// `GET /v2/organisations/{id}` (`getOrganisation`)
    pub fn get(&self) -> When<'_, (), t::Organisation, t::Error, ()> {
        When::new(self.raw, &ROUTES[52])
    }
    /// `PUT /v2/organisations/{id}` (`updateOrganisation`)
    pub fn update(
        &self,
    ) -> When<'_, t::OrganisationInput, t::Organisation, t::Error, ()> {
        When::new(self.raw, &ROUTES[53])
    }
    /// `DELETE /v2/organisations/{id}` (`deleteOrganisation`)
    pub fn delete(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[54])
    }
    /// `PUT /v2/organisations/{id}/avatar` (`updateOrganisationAvatar`)
    pub fn update_avatar(
        &self,
    ) -> When<'_, t::AvatarSource, t::UrlResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[139])
    }
}
/// Expectations for the operations tagged `addonProviders`.
#[derive(Debug, Clone, Copy)]
pub struct AddonProvidersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> AddonProvidersApi<'a> {
    /// `GET /v2/organisations/{id}/addonproviders` (`listAddonProviders`)
    pub fn list(&self) -> When<'_, (), Vec<t::AddonProviderDetails>, t::Error, ()> {
        When::new(self.raw, &ROUTES[55])
    }
    /// `POST /v2/organisations/{id}/addonproviders` (`createAddonProvider`)
    pub fn create(
        &self,
    ) -> When<'_, t::AddonProviderRegistration, t::AddonProviderDetails, t::Error, ()> {
        When::new(self.raw, &ROUTES[56])
    }
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}` (`getAddonProvider`)
    pub fn get(&self) -> When<'_, (), t::AddonProviderInfo, t::Error, ()> {
        When::new(self.raw, &ROUTES[57])
    }
    /// `PUT /v2/organisations/{id}/addonproviders/{providerId}` (`updateAddonProvider`)
    pub fn update(
        &self,
    ) -> When<'_, t::AddonProviderInfoInput, t::AddonProviderInfo, t::Error, ()> {
        When::new(self.raw, &ROUTES[58])
    }
    /// `DELETE /v2/organisations/{id}/addonproviders/{providerId}` (`deleteAddonProvider`)
    pub fn delete(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[59])
    }
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}/features` (`listAddonProviderFeatures`)
    pub fn list_features(&self) -> When<'_, (), Vec<t::AddonFeature>, t::Error, ()> {
        When::new(self.raw, &ROUTES[60])
    }
    /// `POST /v2/organisations/{id}/addonproviders/{providerId}/features` (`createAddonProviderFeature`)
    pub fn create_feature(
        &self,
    ) -> When<'_, t::AddonFeatureInput, t::AddonFeature, t::Error, ()> {
        When::new(self.raw, &ROUTES[61])
    }
    /// `DELETE /v2/organisations/{id}/addonproviders/{providerId}/features/{featureId}` (`deleteAddonProviderFeature`)
    pub fn delete_feature(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[62])
    }
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}/plans` (`listAddonProviderPlans`)
    pub fn list_plans(&self) -> When<'_, (), Vec<t::AddonPlan>, t::Error, ()> {
        When::new(self.raw, &ROUTES[63])
    }
    /// `POST /v2/organisations/{id}/addonproviders/{providerId}/plans` (`createAddonProviderPlan`)
    pub fn create_plan(
        &self,
    ) -> When<'_, t::AddonPlanInput, t::AddonPlan, t::Error, ()> {
        When::new(self.raw, &ROUTES[64])
    }
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}` (`getAddonProviderPlan`)
    pub fn get_plan(&self) -> When<'_, (), t::AddonPlan, t::Error, ()> {
        When::new(self.raw, &ROUTES[65])
    }
    /// `PUT /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}` (`updateAddonProviderPlan`)
    pub fn update_plan(
        &self,
    ) -> When<'_, t::AddonPlanInput, t::AddonPlan, t::Error, ()> {
        When::new(self.raw, &ROUTES[66])
    }
    /// `DELETE /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}` (`deleteAddonProviderPlan`)
    pub fn delete_plan(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[67])
    }
    /// `PUT /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}/features/{featureName}` (`updateAddonProviderPlanFeature`)
    pub fn update_plan_feature(
        &self,
    ) -> When<'_, t::AddonPlanFeature, t::AddonPlan, t::Error, ()> {
        When::new(self.raw, &ROUTES[68])
    }
    /// `DELETE /v2/organisations/{id}/addonproviders/{providerId}/plans/{planId}/features/{featureName}` (`deleteAddonProviderPlanFeature`)
    pub fn delete_plan_feature(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[69])
    }
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}/sso` (`getAddonProviderSsoData`)
    pub fn get_sso_data(&self) -> When<'_, (), t::AddonProviderSsoData, t::Error, ()> {
        When::new(self.raw, &ROUTES[70])
    }
    /// `GET /v2/organisations/{id}/addonproviders/{providerId}/tags` (`listAddonProviderTags`)
    pub fn list_tags(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[71])
    }
    /// `POST /v2/organisations/{id}/addonproviders/{providerId}/testers` (`addAddonProviderTester`)
    pub fn add_tester(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[72])
    }
    /// `GET /v2/providers/es-addon/tmp/services-flavors` (`listElasticsearchServiceFlavors`)
    pub fn list_elasticsearch_service_flavors(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[204])
    }
    /// `GET /v2/providers/{providerId}/{addonId}` (`getProviderAddon`)
    pub fn get_provider_addon(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[205])
    }
    /// `GET /v4/addon-providers/jenkins/addons/{addonId}/updates` (`listJenkinsUpdates`)
    pub fn list_jenkins_updates(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[361])
    }
    /// `GET /v4/addon-providers/{providerId}` (`getAddonProviderV4`)
    pub fn get_v4(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[362])
    }
    /// `GET /v4/addon-providers/{providerId}/addons/{addonId}` (`getProviderAddonV4`)
    pub fn get_provider_addon_v4(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[363])
    }
    /// `GET /v4/addon-providers/{providerId}/clusters/{clusterId}` (`getAddonProviderCluster`)
    pub fn get_cluster(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[364])
    }
}
/// Expectations for the operations tagged `addons`.
#[derive(Debug, Clone, Copy)]
pub struct AddonsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> AddonsApi<'a> {
    /// `GET /v2/organisations/{id}/addons` (`listOrganisationAddons`)
    pub fn list_organisation(&self) -> When<'_, (), Vec<t::Addon>, t::Error, ()> {
        When::new(self.raw, &ROUTES[73])
    }
    /// `POST /v2/organisations/{id}/addons` (`createOrganisationAddon`)
    pub fn create_organisation(
        &self,
    ) -> When<'_, t::AddonProvisionRequest, t::Addon, t::Error, ()> {
        When::new(self.raw, &ROUTES[74])
    }
    /// `POST /v2/organisations/{id}/addons/preorders` (`preorderOrganisationAddon`)
    pub fn preorder_organisation(
        &self,
    ) -> When<'_, t::AddonProvisionRequest, t::Invoice, t::Error, ()> {
        When::new(self.raw, &ROUTES[75])
    }
    /// `GET /v2/organisations/{id}/addons/{addonId}` (`getOrganisationAddon`)
    pub fn get_organisation(&self) -> When<'_, (), t::Addon, t::Error, ()> {
        When::new(self.raw, &ROUTES[76])
    }
    /// `PUT /v2/organisations/{id}/addons/{addonId}` (`updateOrganisationAddon`)
    pub fn update_organisation(
        &self,
    ) -> When<'_, t::AddonProvisionRequest, t::Addon, t::Error, ()> {
        When::new(self.raw, &ROUTES[77])
    }
    /// `DELETE /v2/organisations/{id}/addons/{addonId}` (`deleteOrganisationAddon`)
    pub fn delete_organisation(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[78])
    }
    /// `GET /v2/organisations/{id}/addons/{addonId}/applications` (`listOrganisationAddonApplications`)
    pub fn list_organisation_applications(
        &self,
    ) -> When<'_, (), Vec<t::Application>, t::Error, ()> {
        When::new(self.raw, &ROUTES[79])
    }
    /// `GET /v2/organisations/{id}/addons/{addonId}/migrations` (`listOrganisationAddonMigrations`)
    pub fn list_organisation_migrations(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[83])
    }
    /// `POST /v2/organisations/{id}/addons/{addonId}/migrations` (`migrateOrganisationAddon`)
    pub fn migrate_organisation(
        &self,
    ) -> When<'_, t::AddonPlanChange, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[84])
    }
    /// `GET /v2/organisations/{id}/addons/{addonId}/migrations/preorders` (`preorderOrganisationAddonMigration`)
    pub fn preorder_organisation_migration(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[85])
    }
    /// `GET /v2/organisations/{id}/addons/{addonId}/migrations/{migrationId}` (`getOrganisationAddonMigration`)
    pub fn get_organisation_migration(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[86])
    }
    /// `DELETE /v2/organisations/{id}/addons/{addonId}/migrations/{migrationId}` (`abortOrganisationAddonMigration`)
    pub fn abort_organisation_migration(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[87])
    }
    /// `GET /v2/organisations/{id}/addons/{addonId}/sso` (`getOrganisationAddonSsoData`)
    pub fn get_organisation_sso_data(
        &self,
    ) -> When<'_, (), t::AddonProviderSsoData, t::Error, ()> {
        When::new(self.raw, &ROUTES[88])
    }
    /// `GET /v2/organisations/{id}/addons/{addonId}/tags` (`listOrganisationAddonTags`)
    pub fn list_organisation_tags(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[89])
    }
    /// `PUT /v2/organisations/{id}/addons/{addonId}/tags` (`replaceOrganisationAddonTags`)
    pub fn replace_organisation_tags(
        &self,
    ) -> When<'_, t::TagList, Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[90])
    }
    /// `PUT /v2/organisations/{id}/addons/{addonId}/tags/{tag}` (`addOrganisationAddonTag`)
    pub fn add_organisation_tag(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[91])
    }
    /// `DELETE /v2/organisations/{id}/addons/{addonId}/tags/{tag}` (`removeOrganisationAddonTag`)
    pub fn remove_organisation_tag(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[92])
    }
    /// `GET /v2/self/addons` (`listSelfAddons`)
    pub fn list_self(&self) -> When<'_, (), Vec<t::Addon>, t::Error, ()> {
        When::new(self.raw, &ROUTES[210])
    }
    /// `POST /v2/self/addons` (`createSelfAddon`)
    pub fn create_self(
        &self,
    ) -> When<'_, t::AddonProvisionRequest, t::Addon, t::Error, ()> {
        When::new(self.raw, &ROUTES[211])
    }
    /// `POST /v2/self/addons/preorders` (`preorderSelfAddon`)
    pub fn preorder_self(
        &self,
    ) -> When<'_, t::AddonProvisionRequest, t::Invoice, t::Error, ()> {
        When::new(self.raw, &ROUTES[212])
    }
    /// `GET /v2/self/addons/{addonId}` (`getSelfAddon`)
    pub fn get_self(&self) -> When<'_, (), t::Addon, t::Error, ()> {
        When::new(self.raw, &ROUTES[213])
    }
    /// `PUT /v2/self/addons/{addonId}` (`updateSelfAddon`)
    pub fn update_self(
        &self,
    ) -> When<'_, t::AddonProvisionRequest, t::Addon, t::Error, ()> {
        When::new(self.raw, &ROUTES[214])
    }
    /// `DELETE /v2/self/addons/{addonId}` (`deleteSelfAddon`)
    pub fn delete_self(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[215])
    }
    /// `GET /v2/self/addons/{addonId}/applications` (`listSelfAddonApplications`)
    pub fn list_self_applications(
        &self,
    ) -> When<'_, (), Vec<t::Application>, t::Error, ()> {
        When::new(self.raw, &ROUTES[216])
    }
    /// `PUT /v2/self/addons/{addonId}/plan` (`changeSelfAddonPlan`)
    pub fn change_self_plan(
        &self,
    ) -> When<'_, t::AddonPlanChange, t::Addon, t::Error, ()> {
        When::new(self.raw, &ROUTES[218])
    }
    /// `GET /v2/self/addons/{addonId}/sso` (`getSelfAddonSsoData`)
    pub fn get_self_sso_data(&self) -> When<'_, (), t::AddonSsoData, t::Error, ()> {
        When::new(self.raw, &ROUTES[219])
    }
    /// `GET /v2/self/addons/{addonId}/tags` (`listSelfAddonTags`)
    pub fn list_self_tags(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[220])
    }
    /// `PUT /v2/self/addons/{addonId}/tags/{tag}` (`addSelfAddonTag`)
    pub fn add_self_tag(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[221])
    }
    /// `DELETE /v2/self/addons/{addonId}/tags/{tag}` (`removeSelfAddonTag`)
    pub fn remove_self_tag(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[222])
    }
}
/// Expectations for the operations tagged `instances`.
#[derive(Debug, Clone, Copy)]
pub struct InstancesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> InstancesApi<'a> {
    /// `GET /v2/organisations/{id}/addons/{addonId}/instances` (`listOrganisationAddonInstances`)
    pub fn list_organisation_addon(
        &self,
    ) -> When<'_, (), Vec<t::Instance>, t::Error, ()> {
        When::new(self.raw, &ROUTES[81])
    }
    /// `GET /v2/organisations/{id}/addons/{addonId}/instances/{instanceId}` (`getOrganisationAddonInstance`)
    pub fn get_organisation_addon(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[82])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/instances` (`listOrganisationApplicationInstances`)
    pub fn list_organisation_application(
        &self,
    ) -> When<'_, (), Vec<t::Instance>, t::Error, ()> {
        When::new(self.raw, &ROUTES[119])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/instances/{instanceId}` (`getOrganisationApplicationInstance`)
    pub fn get_organisation_application(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[122])
    }
    /// `GET /v2/organisations/{id}/instances` (`listOrganisationInstances`)
    pub fn list_organisation(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[149])
    }
    /// `GET /v2/self/applications/{appId}/instances` (`listSelfApplicationInstances`)
    pub fn list_self_application(&self) -> When<'_, (), Vec<t::Instance>, t::Error, ()> {
        When::new(self.raw, &ROUTES[249])
    }
    /// `GET /v2/self/applications/{appId}/instances/{instanceId}` (`getSelfApplicationInstance`)
    pub fn get_self_application(&self) -> When<'_, (), t::Instance, t::Error, ()> {
        When::new(self.raw, &ROUTES[252])
    }
    /// `GET /v2/self/instances` (`listSelfInstances`)
    pub fn list_self(&self) -> When<'_, (), t::InstanceMap, t::Error, ()> {
        When::new(self.raw, &ROUTES[278])
    }
    /// `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/instances` (`listApplicationInstancesV4`)
    pub fn list_application_v4(
        &self,
    ) -> When<'_, (), Vec<t::OrchestrationInstance>, t::Error, ()> {
        When::new(self.raw, &ROUTES[426])
    }
    /// `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/instances/{instanceId}` (`getApplicationInstanceV4`)
    pub fn get_application_v4(
        &self,
    ) -> When<'_, (), Vec<t::OrchestrationInstance>, t::Error, ()> {
        When::new(self.raw, &ROUTES[427])
    }
}
/// Expectations for the operations tagged `applications`.
#[derive(Debug, Clone, Copy)]
pub struct ApplicationsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ApplicationsApi<'a> {
    /// `GET /v2/organisations/{id}/applications` (`listOrganisationApplications`)
    pub fn list_organisation(&self) -> When<'_, (), Vec<t::Application>, t::Error, ()> {
        When::new(self.raw, &ROUTES[93])
    }
    /// `POST /v2/organisations/{id}/applications` (`createOrganisationApplication`)
    pub fn create_organisation(
        &self,
    ) -> When<'_, t::ApplicationInput, t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[94])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}` (`getOrganisationApplication`)
    pub fn get_organisation(&self) -> When<'_, (), t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[95])
    }
    /// `PUT /v2/organisations/{id}/applications/{appId}` (`updateOrganisationApplication`)
    pub fn update_organisation(
        &self,
    ) -> When<'_, t::ApplicationInput, t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[96])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}` (`deleteOrganisationApplication`)
    pub fn delete_organisation(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[97])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/addons` (`listOrganisationApplicationAddons`)
    pub fn list_organisation_addons(&self) -> When<'_, (), Vec<t::Addon>, t::Error, ()> {
        When::new(self.raw, &ROUTES[98])
    }
    /// `POST /v2/organisations/{id}/applications/{appId}/addons` (`linkOrganisationApplicationAddon`)
    pub fn link_organisation_addon(
        &self,
    ) -> When<'_, t::AddonIdBody, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[99])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}/addons/{addonId}` (`unlinkOrganisationApplicationAddon`)
    pub fn unlink_organisation_addon(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[101])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/dependencies` (`listOrganisationApplicationDependencies`)
    pub fn list_organisation_dependencies(
        &self,
    ) -> When<'_, (), Vec<t::Application>, t::Error, ()> {
        When::new(self.raw, &ROUTES[105])
    }
    /// `PUT /v2/organisations/{id}/applications/{appId}/dependencies/{dependencyId}` (`addOrganisationApplicationDependency`)
    pub fn add_organisation_dependency(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[107])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}/dependencies/{dependencyId}` (`removeOrganisationApplicationDependency`)
    pub fn remove_organisation_dependency(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[108])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/dependents` (`listOrganisationApplicationDependents`)
    pub fn list_organisation_dependents(
        &self,
    ) -> When<'_, (), Vec<t::Application>, t::Error, ()> {
        When::new(self.raw, &ROUTES[109])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/tags` (`listOrganisationApplicationTags`)
    pub fn list_organisation_tags(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[123])
    }
    /// `PUT /v2/organisations/{id}/applications/{appId}/tags` (`replaceOrganisationApplicationTags`)
    pub fn replace_organisation_tags(
        &self,
    ) -> When<'_, t::TagList, Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[124])
    }
    /// `PUT /v2/organisations/{id}/applications/{appId}/tags/{tag}` (`addOrganisationApplicationTag`)
    pub fn add_organisation_tag(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[125])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}/tags/{tag}` (`removeOrganisationApplicationTag`)
    pub fn remove_organisation_tag(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[126])
    }
    /// `GET /v2/self/applications` (`listSelfApplications`)
    pub fn list_self(&self) -> When<'_, (), Vec<t::Application>, t::Error, ()> {
        When::new(self.raw, &ROUTES[223])
    }
    /// `POST /v2/self/applications` (`createSelfApplication`)
    pub fn create_self(
        &self,
    ) -> When<'_, t::ApplicationInput, t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[224])
    }
    /// `GET /v2/self/applications/{appId}` (`getSelfApplication`)
    pub fn get_self(&self) -> When<'_, (), t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[225])
    }
    /// `PUT /v2/self/applications/{appId}` (`updateSelfApplication`)
    pub fn update_self(
        &self,
    ) -> When<'_, t::ApplicationInput, t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[226])
    }
    /// `DELETE /v2/self/applications/{appId}` (`deleteSelfApplication`)
    pub fn delete_self(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[227])
    }
    /// `GET /v2/self/applications/{appId}/addons` (`listSelfApplicationAddons`)
    pub fn list_self_addons(&self) -> When<'_, (), Vec<t::Addon>, t::Error, ()> {
        When::new(self.raw, &ROUTES[228])
    }
    /// `POST /v2/self/applications/{appId}/addons` (`linkSelfApplicationAddon`)
    pub fn link_self_addon(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[229])
    }
    /// `DELETE /v2/self/applications/{appId}/addons/{addonId}` (`unlinkSelfApplicationAddon`)
    pub fn unlink_self_addon(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[231])
    }
    /// `GET /v2/self/applications/{appId}/dependencies` (`listSelfApplicationDependencies`)
    pub fn list_self_dependencies(
        &self,
    ) -> When<'_, (), Vec<t::Application>, t::Error, ()> {
        When::new(self.raw, &ROUTES[235])
    }
    /// `PUT /v2/self/applications/{appId}/dependencies/{dependencyId}` (`addSelfApplicationDependency`)
    pub fn add_self_dependency(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[237])
    }
    /// `DELETE /v2/self/applications/{appId}/dependencies/{dependencyId}` (`removeSelfApplicationDependency`)
    pub fn remove_self_dependency(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[238])
    }
    /// `GET /v2/self/applications/{appId}/dependents` (`listSelfApplicationDependents`)
    pub fn list_self_dependents(
        &self,
    ) -> When<'_, (), Vec<t::Application>, t::Error, ()> {
        When::new(self.raw, &ROUTES[239])
    }
    /// `GET /v2/self/applications/{appId}/tags` (`listSelfApplicationTags`)
    pub fn list_self_tags(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[253])
    }
    /// `PUT /v2/self/applications/{appId}/tags/{tag}` (`addSelfApplicationTag`)
    pub fn add_self_tag(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[254])
    }
    /// `DELETE /v2/self/applications/{appId}/tags/{tag}` (`removeSelfApplicationTag`)
    pub fn remove_self_tag(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[255])
    }
}
/// Expectations for the operations tagged `branches`.
#[derive(Debug, Clone, Copy)]
pub struct BranchesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> BranchesApi<'a> {
    /// `PUT /v2/organisations/{id}/applications/{appId}/branch` (`setOrganisationApplicationBranch`)
    pub fn set_organisation_application_branch(
        &self,
    ) -> When<'_, t::BranchInput, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[102])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/branches` (`listOrganisationApplicationBranches`)
    pub fn list_organisation_application(
        &self,
    ) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[103])
    }
    /// `PUT /v2/self/applications/{appId}/branch` (`setSelfApplicationBranch`)
    pub fn set_self_application_branch(
        &self,
    ) -> When<'_, t::BranchInput, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[232])
    }
    /// `GET /v2/self/applications/{appId}/branches` (`listSelfApplicationBranches`)
    pub fn list_self_application(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[233])
    }
}
/// Expectations for the operations tagged `scalability`.
#[derive(Debug, Clone, Copy)]
pub struct ScalabilityApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ScalabilityApi<'a> {
    /// `PUT /v2/organisations/{id}/applications/{appId}/buildflavor` (`setOrganisationApplicationBuildFlavor`)
    pub fn set_organisation_application_build_flavor(
        &self,
    ) -> When<'_, t::BuildFlavorInput, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[104])
    }
    /// `PUT /v2/self/applications/{appId}/buildflavor` (`setSelfApplicationBuildFlavor`)
    pub fn set_self_application_build_flavor(
        &self,
    ) -> When<'_, t::BuildFlavorInput, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[234])
    }
}
/// Expectations for the operations tagged `deployments`.
#[derive(Debug, Clone, Copy)]
pub struct DeploymentsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> DeploymentsApi<'a> {
    /// `GET /v2/organisations/{id}/applications/{appId}/deployments` (`listOrganisationApplicationDeployments`)
    pub fn list_organisation_application(
        &self,
    ) -> When<'_, (), Vec<t::Deployment>, t::Error, ()> {
        When::new(self.raw, &ROUTES[110])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/deployments/{deploymentId}` (`getOrganisationApplicationDeployment`)
    pub fn get_organisation_application(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[111])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}/deployments/{deploymentId}/instances` (`cancelOrganisationApplicationDeployment`)
    pub fn cancel_organisation_application(
        &self,
    ) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[112])
    }
    /// `POST /v2/organisations/{id}/applications/{appId}/instances` (`redeployOrganisationApplication`)
    pub fn redeploy_organisation_application(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[120])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}/instances` (`stopOrganisationApplication`)
    pub fn stop_organisation_application(
        &self,
    ) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[121])
    }
    /// `GET /v2/organisations/{id}/deployments` (`listOrganisationDeployments`)
    pub fn list_organisation(
        &self,
    ) -> When<'_, (), Vec<t::OrganisationDeploymentEntry>, t::Error, ()> {
        When::new(self.raw, &ROUTES[148])
    }
    /// `GET /v2/self/applications/{appId}/deployments` (`listSelfApplicationDeployments`)
    pub fn list_self_application(
        &self,
    ) -> When<'_, (), Vec<t::Deployment>, t::Error, ()> {
        When::new(self.raw, &ROUTES[240])
    }
    /// `GET /v2/self/applications/{appId}/deployments/{deploymentId}` (`getSelfApplicationDeployment`)
    pub fn get_self_application(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[241])
    }
    /// `DELETE /v2/self/applications/{appId}/deployments/{deploymentId}/instances` (`cancelSelfApplicationDeployment`)
    pub fn cancel_self_application(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[242])
    }
    /// `POST /v2/self/applications/{appId}/instances` (`redeploySelfApplication`)
    pub fn redeploy_self_application(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[250])
    }
    /// `DELETE /v2/self/applications/{appId}/instances` (`stopSelfApplication`)
    pub fn stop_self_application(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[251])
    }
    /// `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/deployments` (`listApplicationDeploymentsV4`)
    pub fn list_application_v4(
        &self,
    ) -> When<'_, (), Vec<t::OrchestrationDeployment>, t::Error, ()> {
        When::new(self.raw, &ROUTES[424])
    }
    /// `GET /v4/orchestration/organisations/{ownerId}/applications/{applicationId}/deployments/{deploymentId}` (`getApplicationDeploymentV4`)
    pub fn get_application_v4(
        &self,
    ) -> When<'_, (), Vec<t::OrchestrationDeployment>, t::Error, ()> {
        When::new(self.raw, &ROUTES[425])
    }
}
/// Expectations for the operations tagged `redirections`.
#[derive(Debug, Clone, Copy)]
pub struct RedirectionsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> RedirectionsApi<'a> {
    /// `GET /v2/organisations/{id}/applications/{appId}/tcpRedirs` (`listOrganisationApplicationTcpRedirections`)
    pub fn list_organisation_application_tcp(
        &self,
    ) -> When<'_, (), Vec<t::Redirection>, t::Error, ()> {
        When::new(self.raw, &ROUTES[127])
    }
    /// `POST /v2/organisations/{id}/applications/{appId}/tcpRedirs` (`createOrganisationApplicationTcpRedirection`)
    pub fn create_organisation_application_tcp(
        &self,
    ) -> When<'_, t::RedirectionRequest, t::Redirection, t::Error, ()> {
        When::new(self.raw, &ROUTES[128])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}/tcpRedirs/{sourcePort}` (`deleteOrganisationApplicationTcpRedirection`)
    pub fn delete_organisation_application_tcp(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[129])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/udpRedirs` (`listOrganisationApplicationUdpRedirections`)
    pub fn list_organisation_application_udp(
        &self,
    ) -> When<'_, (), Vec<t::Redirection>, t::Error, ()> {
        When::new(self.raw, &ROUTES[130])
    }
    /// `POST /v2/organisations/{id}/applications/{appId}/udpRedirs` (`createOrganisationApplicationUdpRedirection`)
    pub fn create_organisation_application_udp(
        &self,
    ) -> When<'_, t::RedirectionRequest, t::Redirection, t::Error, ()> {
        When::new(self.raw, &ROUTES[131])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}/udpRedirs/{sourcePort}` (`deleteOrganisationApplicationUdpRedirection`)
    pub fn delete_organisation_application_udp(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[132])
    }
    /// `GET /v2/organisations/{id}/namespaces` (`listOrganisationNamespaces`)
    pub fn list_organisation_namespaces(
        &self,
    ) -> When<'_, (), Vec<t::Namespace>, t::Error, ()> {
        When::new(self.raw, &ROUTES[154])
    }
}
/// Expectations for the operations tagged `domains`.
#[derive(Debug, Clone, Copy)]
pub struct DomainsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> DomainsApi<'a> {
    /// `GET /v2/organisations/{id}/applications/{appId}/vhosts` (`listOrganisationApplicationDomains`)
    pub fn list_organisation_application(
        &self,
    ) -> When<'_, (), Vec<t::Domain>, t::Error, ()> {
        When::new(self.raw, &ROUTES[133])
    }
    /// `GET /v2/organisations/{id}/applications/{appId}/vhosts/favourite` (`getOrganisationApplicationFavouriteDomain`)
    pub fn get_organisation_application_favourite(
        &self,
    ) -> When<'_, (), t::Domain, t::Error, ()> {
        When::new(self.raw, &ROUTES[134])
    }
    /// `PUT /v2/organisations/{id}/applications/{appId}/vhosts/favourite` (`setOrganisationApplicationFavouriteDomain`)
    pub fn set_organisation_application_favourite(
        &self,
    ) -> When<'_, t::Domain, t::Domain, t::Error, ()> {
        When::new(self.raw, &ROUTES[135])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}/vhosts/favourite` (`unsetOrganisationApplicationFavouriteDomain`)
    pub fn unset_organisation_application_favourite(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[136])
    }
    /// `PUT /v2/organisations/{id}/applications/{appId}/vhosts/{domain}` (`addOrganisationApplicationDomain`)
    pub fn add_organisation_application(
        &self,
    ) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[137])
    }
    /// `DELETE /v2/organisations/{id}/applications/{appId}/vhosts/{domain}` (`removeOrganisationApplicationDomain`)
    pub fn remove_organisation_application(
        &self,
    ) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[138])
    }
    /// `GET /v2/self/applications/{appId}/vhosts` (`listSelfApplicationDomains`)
    pub fn list_self_application(&self) -> When<'_, (), Vec<t::Domain>, t::Error, ()> {
        When::new(self.raw, &ROUTES[256])
    }
    /// `GET /v2/self/applications/{appId}/vhosts/favourite` (`getSelfApplicationFavouriteDomain`)
    pub fn get_self_application_favourite(
        &self,
    ) -> When<'_, (), t::Domain, t::Error, ()> {
        When::new(self.raw, &ROUTES[257])
    }
    /// `PUT /v2/self/applications/{appId}/vhosts/favourite` (`setSelfApplicationFavouriteDomain`)
    pub fn set_self_application_favourite(
        &self,
    ) -> When<'_, t::Domain, t::Domain, t::Error, ()> {
        When::new(self.raw, &ROUTES[258])
    }
    /// `DELETE /v2/self/applications/{appId}/vhosts/favourite` (`unsetSelfApplicationFavouriteDomain`)
    pub fn unset_self_application_favourite(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[259])
    }
    /// `PUT /v2/self/applications/{appId}/vhosts/{domain}` (`addSelfApplicationDomain`)
    pub fn add_self_application(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[260])
    }
    /// `DELETE /v2/self/applications/{appId}/vhosts/{domain}` (`removeSelfApplicationDomain`)
    pub fn remove_self_application(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[261])
    }
}
/// Expectations for the operations tagged `oauthConsumers`.
#[derive(Debug, Clone, Copy)]
pub struct OauthConsumersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> OauthConsumersApi<'a> {
    /// `GET /v2/organisations/{id}/consumers` (`listOrganisationConsumers`)
    pub fn list_organisation_consumers(
        &self,
    ) -> When<'_, (), Vec<t::OauthConsumer>, t::Error, ()> {
        When::new(self.raw, &ROUTES[140])
    }
    /// `POST /v2/organisations/{id}/consumers` (`createOrganisationConsumer`)
    pub fn create_organisation_consumer(
        &self,
    ) -> When<'_, t::OauthConsumerInput, t::OauthConsumer, t::Error, ()> {
        When::new(self.raw, &ROUTES[141])
    }
    /// `GET /v2/organisations/{id}/consumers/{key}` (`getOrganisationConsumer`)
    pub fn get_organisation_consumer(
        &self,
    ) -> When<'_, (), t::OauthConsumer, t::Error, ()> {
        When::new(self.raw, &ROUTES[142])
    }
    /// `PUT /v2/organisations/{id}/consumers/{key}` (`updateOrganisationConsumer`)
    pub fn update_organisation_consumer(
        &self,
    ) -> When<'_, t::OauthConsumerInput, t::OauthConsumer, t::Error, ()> {
        When::new(self.raw, &ROUTES[143])
    }
    /// `DELETE /v2/organisations/{id}/consumers/{key}` (`deleteOrganisationConsumer`)
    pub fn delete_organisation_consumer(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[144])
    }
    /// `GET /v2/organisations/{id}/consumers/{key}/secret` (`getOrganisationConsumerSecret`)
    pub fn get_organisation_consumer_secret(
        &self,
    ) -> When<'_, (), t::OauthConsumerSecret, t::Error, ()> {
        When::new(self.raw, &ROUTES[145])
    }
    /// `GET /v2/self/consumers` (`listSelfConsumers`)
    pub fn list_self_consumers(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[266])
    }
    /// `POST /v2/self/consumers` (`createSelfConsumer`)
    pub fn create_self_consumer(
        &self,
    ) -> When<'_, t::OauthConsumerInput, t::OauthConsumer, t::Error, ()> {
        When::new(self.raw, &ROUTES[267])
    }
    /// `GET /v2/self/consumers/{key}` (`getSelfConsumer`)
    pub fn get_self_consumer(&self) -> When<'_, (), t::OauthConsumer, t::Error, ()> {
        When::new(self.raw, &ROUTES[268])
    }
    /// `PUT /v2/self/consumers/{key}` (`updateSelfConsumer`)
    pub fn update_self_consumer(
        &self,
    ) -> When<'_, t::OauthConsumerInput, t::OauthConsumer, t::Error, ()> {
        When::new(self.raw, &ROUTES[269])
    }
    /// `DELETE /v2/self/consumers/{key}` (`deleteSelfConsumer`)
    pub fn delete_self_consumer(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[270])
    }
    /// `GET /v2/self/consumers/{key}/secret` (`getSelfConsumerSecret`)
    pub fn get_self_consumer_secret(
        &self,
    ) -> When<'_, (), t::OauthConsumerSecret, t::Error, ()> {
        When::new(self.raw, &ROUTES[271])
    }
}
/// Expectations for the operations tagged `members`.
#[derive(Debug, Clone, Copy)]
pub struct MembersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> MembersApi<'a> {
    /// `GET /v2/organisations/{id}/members` (`listOrganisationMembers`)
    pub fn list_organisation(
        &self,
    ) -> When<'_, (), Vec<t::OrganisationMember>, t::Error, ()> {
        When::new(self.raw, &ROUTES[150])
    }
    /// `POST /v2/organisations/{id}/members` (`inviteOrganisationMember`)
    pub fn invite_organisation(
        &self,
    ) -> When<'_, t::MemberInvitation, t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[151])
    }
    /// `PUT /v2/organisations/{id}/members/{userId}` (`updateOrganisationMember`)
    pub fn update_organisation(
        &self,
    ) -> When<'_, t::MemberInvitation, t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[152])
    }
    /// `DELETE /v2/organisations/{id}/members/{userId}` (`removeOrganisationMember`)
    pub fn remove_organisation(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[153])
    }
}
/// Expectations for the operations tagged `products`.
#[derive(Debug, Clone, Copy)]
pub struct ProductsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ProductsApi<'a> {
    /// `GET /v2/products/addonproviders` (`listAddonProductProviders`)
    pub fn list_addon_providers(
        &self,
    ) -> When<'_, (), Vec<t::AddonProviderDetails>, t::Error, ()> {
        When::new(self.raw, &ROUTES[186])
    }
    /// `GET /v2/products/addonproviders/{provider_id}` (`getAddonProductProvider`)
    pub fn get_addon_provider(
        &self,
    ) -> When<'_, (), t::AddonProviderDetails, t::Error, ()> {
        When::new(self.raw, &ROUTES[187])
    }
    /// `GET /v2/products/addonproviders/{provider_id}/informations` (`getAddonProductProviderDetails`)
    pub fn get_addon_provider_details(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[188])
    }
    /// `GET /v2/products/addonproviders/{provider_id}/versions` (`listAddonProductProviderVersions`)
    pub fn list_addon_provider_versions(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[189])
    }
    /// `GET /v2/products/countries` (`listCountries`)
    pub fn list_countries(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[190])
    }
    /// `GET /v2/products/countrycodes` (`listCountryCodes`)
    pub fn list_country_codes(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[191])
    }
    /// `GET /v2/products/flavors` (`listFlavors`)
    pub fn list_flavors(&self) -> When<'_, (), Vec<t::Flavor>, t::Error, ()> {
        When::new(self.raw, &ROUTES[192])
    }
    /// `GET /v2/products/instances` (`listInstanceTypes`)
    pub fn list_instance_types(
        &self,
    ) -> When<'_, (), Vec<t::InstanceType>, t::Error, ()> {
        When::new(self.raw, &ROUTES[193])
    }
    /// `GET /v2/products/instances/{type}-{version}` (`getInstanceType`)
    pub fn get_instance_type(&self) -> When<'_, (), t::InstanceType, t::Error, ()> {
        When::new(self.raw, &ROUTES[194])
    }
    /// `GET /v2/products/mfa_kinds` (`listMfaKinds`)
    pub fn list_mfa_kinds(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[195])
    }
    /// `GET /v2/products/packages` (`listCreditPackages`)
    pub fn list_credit_packages(
        &self,
    ) -> When<'_, (), Vec<t::CreditPackage>, t::Error, ()> {
        When::new(self.raw, &ROUTES[196])
    }
    /// `GET /v2/products/prices` (`listExchangeRates`)
    pub fn list_exchange_rates(
        &self,
    ) -> When<'_, (), Vec<t::CreditPrice>, t::Error, ()> {
        When::new(self.raw, &ROUTES[197])
    }
    /// `GET /v2/products/zones` (`listZonesV2`)
    pub fn list_zones_v2(&self) -> When<'_, (), Vec<t::ZoneSummary>, t::Error, ()> {
        When::new(self.raw, &ROUTES[198])
    }
    /// `GET /v4/products/zones` (`listZones`)
    pub fn list_zones(&self) -> When<'_, (), Vec<t::Zone>, t::Error, ()> {
        When::new(self.raw, &ROUTES[428])
    }
    /// `GET /v4/products/zones/{zoneName}` (`getZone`)
    pub fn get_zone(&self) -> When<'_, (), t::Zone, t::Error, ()> {
        When::new(self.raw, &ROUTES[429])
    }
}
/// Expectations for the operations tagged `matomo`.
#[derive(Debug, Clone, Copy)]
pub struct MatomoApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> MatomoApi<'a> {
    /// `POST /v2/providers/addon-matomo/resources` (`provisionMatomo`)
    pub fn provision(
        &self,
    ) -> When<
        '_,
        t::ProviderProvisionRequest,
        t::ProviderProvisionResult,
        t::Error,
        (),
    > {
        When::new(self.raw, &ROUTES[199])
    }
    /// `DELETE /v2/providers/addon-matomo/resources/{matomoId}` (`deprovisionMatomo`)
    pub fn deprovision(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[200])
    }
    /// `GET /v4/addon-providers/addon-matomo/addons/{matomoId}` (`getMatomo`)
    pub fn get(&self) -> When<'_, (), t::MatomoAddon, t::Error, ()> {
        When::new(self.raw, &ROUTES[335])
    }
    /// `GET /v4/addon-providers/addon-matomo/token/validate` (`validateMatomoToken`)
    pub fn validate_token(&self) -> When<'_, (), t::MatomoTokenInfo, t::Error, ()> {
        When::new(self.raw, &ROUTES[336])
    }
}
/// Expectations for the operations tagged `tardis`.
#[derive(Debug, Clone, Copy)]
pub struct TardisApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> TardisApi<'a> {
    /// `POST /v2/providers/addon-tardis/resources` (`provisionTardis`)
    pub fn provision(
        &self,
    ) -> When<'_, t::ProviderProvisionRequest, t::TardisProvisionResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[201])
    }
    /// `GET /v2/providers/addon-tardis/resources/{tardisId}` (`getProvisionedTardis`)
    pub fn get_provisioned(&self) -> When<'_, (), t::TardisAddon, t::Error, ()> {
        When::new(self.raw, &ROUTES[202])
    }
    /// `DELETE /v2/providers/addon-tardis/resources/{tardisId}` (`deprovisionTardis`)
    pub fn deprovision(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[203])
    }
    /// `POST /v4/addon-providers/addon-tardis/addons` (`createTardis`)
    pub fn create(
        &self,
    ) -> When<'_, t::TardisCreateRequest, t::TardisAddon, t::Error, ()> {
        When::new(self.raw, &ROUTES[345])
    }
    /// `GET /v4/addon-providers/addon-tardis/addons/{tardisId}` (`getTardis`)
    pub fn get(&self) -> When<'_, (), t::TardisAddon, t::Error, ()> {
        When::new(self.raw, &ROUTES[346])
    }
    /// `DELETE /v4/addon-providers/addon-tardis/addons/{tardisId}` (`deleteTardis`)
    pub fn delete(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[347])
    }
    /// `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}` (`getOwnedTardis`)
    pub fn get_owned(&self) -> When<'_, (), t::TardisAddon, t::Error, ()> {
        When::new(self.raw, &ROUTES[348])
    }
    /// `DELETE /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}` (`deleteOwnedTardis`)
    pub fn delete_owned(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[349])
    }
    /// `POST /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/revert` (`restoreOwnedTardis`)
    pub fn restore_owned(&self) -> When<'_, (), t::TardisRestoreResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[350])
    }
    /// `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/token/{tokenId}` (`getTardisToken`)
    pub fn get_token(&self) -> When<'_, (), t::TardisToken, t::Error, ()> {
        When::new(self.raw, &ROUTES[351])
    }
    /// `DELETE /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/token/{tokenId}` (`deleteTardisToken`)
    pub fn delete_token(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[352])
    }
    /// `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/tokens` (`listTardisTokens`)
    pub fn list_tokens(&self) -> When<'_, (), t::TardisTokenList, t::Error, ()> {
        When::new(self.raw, &ROUTES[353])
    }
    /// `POST /v4/addon-providers/addon-tardis/organisations/{ownerId}/addon/{tardisId}/tokens` (`createTardisToken`)
    pub fn create_token(
        &self,
    ) -> When<'_, t::TardisTokenCreateRequest, t::TardisToken, t::Error, ()> {
        When::new(self.raw, &ROUTES[354])
    }
    /// `GET /v4/addon-providers/addon-tardis/organisations/{ownerId}/addons` (`listOwnedTardis`)
    pub fn list_owned(&self) -> When<'_, (), t::TardisAddonList, t::Error, ()> {
        When::new(self.raw, &ROUTES[355])
    }
    /// `POST /v4/addon-providers/addon-tardis/organisations/{ownerId}/addons` (`createOwnedTardis`)
    pub fn create_owned(
        &self,
    ) -> When<'_, t::OwnedTardisCreateRequest, t::TardisAddon, t::Error, ()> {
        When::new(self.raw, &ROUTES[356])
    }
    /// `POST /v4/addon-providers/addon-tardis/token/revoke` (`revokeTardisToken`)
    pub fn revoke_token(&self) -> When<'_, t::PlainTextError, (), t::Error, ()> {
        When::new(self.raw, &ROUTES[357])
    }
}
/// Expectations for the operations tagged `saas`.
#[derive(Debug, Clone, Copy)]
pub struct SaasApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> SaasApi<'a> {
    /// `GET /v2/saas/heptapod/{id}/heptapod.host/price-prevision` (`getHeptapodPriceForecast`)
    pub fn get_heptapod_price_forecast(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[206])
    }
    /// `GET /v4/saas/grafana/{id}` (`getGrafanaOrganisation`)
    pub fn get_grafana_organisation(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[430])
    }
    /// `POST /v4/saas/grafana/{id}` (`createGrafanaOrganisation`)
    pub fn create_grafana_organisation(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[431])
    }
    /// `DELETE /v4/saas/grafana/{id}` (`deleteGrafanaOrganisation`)
    pub fn delete_grafana_organisation(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[432])
    }
    /// `POST /v4/saas/grafana/{id}/reset` (`resetGrafanaOrganisation`)
    pub fn reset_grafana_organisation(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[433])
    }
}
/// Expectations for the operations tagged `self`.
#[derive(Debug, Clone, Copy)]
pub struct SelfApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> SelfApi<'a> {
    /// `GET /v2/self` (`getSelf`)
    pub fn get(&self) -> When<'_, (), t::User, t::Error, ()> {
        When::new(self.raw, &ROUTES[207])
    }
    /// `PUT /v2/self` (`updateSelf`)
    pub fn update(&self) -> When<'_, t::UserSignup, t::User, t::Error, ()> {
        When::new(self.raw, &ROUTES[208])
    }
    /// `DELETE /v2/self` (`deleteSelf`)
    pub fn delete(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[209])
    }
    /// `PUT /v2/self/avatar` (`updateSelfAvatar`)
    pub fn update_avatar(
        &self,
    ) -> When<'_, t::AvatarSource, t::UrlResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[262])
    }
    /// `PUT /v2/self/change_password` (`changePassword`)
    pub fn change_password(
        &self,
    ) -> When<'_, t::PasswordChange, t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[263])
    }
    /// `GET /v2/self/confirmation_email` (`resendConfirmationEmail`)
    pub fn resend_confirmation_email(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[265])
    }
    /// `GET /v2/self/emails` (`listSelfEmails`)
    pub fn list_emails(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[274])
    }
    /// `PUT /v2/self/emails/{email}` (`addSelfEmail`)
    pub fn add_email(&self) -> When<'_, t::EmailAddressBody, t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[275])
    }
    /// `DELETE /v2/self/emails/{email}` (`removeSelfEmail`)
    pub fn remove_email(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[276])
    }
    /// `GET /v2/self/id` (`getSelfId`)
    pub fn get_id(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[277])
    }
    /// `GET /v2/self/validate_email` (`validateEmail`)
    pub fn validate_email(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[309])
    }
}
/// Expectations for the operations tagged `oauthTokens`.
#[derive(Debug, Clone, Copy)]
pub struct OauthTokensApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> OauthTokensApi<'a> {
    /// `GET /v2/self/cli_tokens` (`listSelfCliTokens`)
    pub fn list_self_cli_tokens(&self) -> When<'_, (), Vec<t::CliToken>, t::Error, ()> {
        When::new(self.raw, &ROUTES[264])
    }
    /// `GET /v2/self/tokens` (`listOauthTokens`)
    pub fn list(&self) -> When<'_, (), Vec<t::OauthToken>, t::Error, ()> {
        When::new(self.raw, &ROUTES[305])
    }
    /// `DELETE /v2/self/tokens` (`revokeAllOauthTokens`)
    pub fn revoke_all(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[306])
    }
    /// `GET /v2/self/tokens/current` (`getCurrentOauthToken`)
    pub fn get_current(&self) -> When<'_, (), Vec<t::OauthToken>, t::Error, ()> {
        When::new(self.raw, &ROUTES[307])
    }
    /// `DELETE /v2/self/tokens/{token}` (`revokeOauthToken`)
    pub fn revoke(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[308])
    }
}
/// Expectations for the operations tagged `sshKeys`.
#[derive(Debug, Clone, Copy)]
pub struct SshKeysApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> SshKeysApi<'a> {
    /// `GET /v2/self/keys` (`listSshKeys`)
    pub fn list(&self) -> When<'_, (), Vec<t::SshKey>, t::Error, ()> {
        When::new(self.raw, &ROUTES[279])
    }
    /// `PUT /v2/self/keys/{key}` (`addSshKey`)
    pub fn add(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[280])
    }
    /// `DELETE /v2/self/keys/{key}` (`removeSshKey`)
    pub fn remove(&self) -> When<'_, (), t::Message, t::Error, ()> {
        When::new(self.raw, &ROUTES[281])
    }
}
/// Expectations for the operations tagged `mfa`.
#[derive(Debug, Clone, Copy)]
pub struct MfaApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> MfaApi<'a> {
    /// `PUT /v2/self/mfa/{kind}` (`setPreferredMfa`)
    pub fn set_preferred(
        &self,
    ) -> When<'_, t::MfaPreference, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[282])
    }
    /// `POST /v2/self/mfa/{kind}` (`createMfa`)
    pub fn create(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[283])
    }
    /// `DELETE /v2/self/mfa/{kind}` (`deleteMfa`)
    pub fn delete(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[284])
    }
    /// `GET /v2/self/mfa/{kind}/backupcodes` (`listMfaBackupCodes`)
    pub fn list_backup_codes(
        &self,
    ) -> When<'_, (), Vec<t::MfaRecoveryCode>, t::Error, ()> {
        When::new(self.raw, &ROUTES[285])
    }
    /// `POST /v2/self/mfa/{kind}/confirmation` (`confirmMfa`)
    pub fn confirm(&self) -> When<'_, t::MfaConfirmation, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[286])
    }
}
/// Expectations for the operations tagged `summary`.
#[derive(Debug, Clone, Copy)]
pub struct SummaryApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> SummaryApi<'a> {
    /// `GET /v2/summary` (`getSummary`)
    pub fn get(&self) -> When<'_, (), t::Summary, t::Error, ()> {
        When::new(self.raw, &ROUTES[320])
    }
}
/// Expectations for the operations tagged `users`.
#[derive(Debug, Clone, Copy)]
pub struct UsersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> UsersApi<'a> {
    /// `POST /v2/users` (`createUser`)
    pub fn create(&self) -> When<'_, t::UserSignupForm, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[321])
    }
    /// `GET /v2/users/{id}` (`getUser`)
    pub fn get(&self) -> When<'_, (), t::User, t::Error, ()> {
        When::new(self.raw, &ROUTES[322])
    }
    /// `GET /v2/users/{id}/applications` (`listUserApplications`)
    pub fn list_applications(&self) -> When<'_, (), Vec<t::Application>, t::Error, ()> {
        When::new(self.raw, &ROUTES[323])
    }
    /// `GET /v2/users/{userId}/git-info` (`getUserGitInfo`)
    pub fn get_git_info(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[324])
    }
}
/// Expectations for the operations tagged `vendor`.
#[derive(Debug, Clone, Copy)]
pub struct VendorApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> VendorApi<'a> {
    /// `POST /v2/vendor/addons` (`provisionDependentAddon`)
    pub fn provision_dependent_addon(
        &self,
    ) -> When<'_, t::DependentAddonProvisionRequest, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[327])
    }
    /// `GET /v2/vendor/apps` (`listVendorAddons`)
    pub fn list_addons(&self) -> When<'_, (), Vec<t::VendorAddonSummary>, t::Error, ()> {
        When::new(self.raw, &ROUTES[328])
    }
    /// `GET /v2/vendor/apps/{addonId}` (`getVendorAddon`)
    pub fn get_addon(&self) -> When<'_, (), t::VendorAddon, t::Error, ()> {
        When::new(self.raw, &ROUTES[329])
    }
    /// `PUT /v2/vendor/apps/{addonId}` (`updateVendorAddonConfig`)
    pub fn update_addon_config(
        &self,
    ) -> When<'_, t::AddonConfigInput, t::Addon, t::Error, ()> {
        When::new(self.raw, &ROUTES[330])
    }
    /// `POST /v2/vendor/apps/{addonId}/consumptions` (`billAddonOwner`)
    pub fn bill_addon_owner(
        &self,
    ) -> When<'_, t::AddonBillingInput, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[331])
    }
    /// `GET /v2/vendor/apps/{addonId}/logscollector` (`getVendorAddonLogsCollector`)
    pub fn get_addon_logs_collector(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[332])
    }
    /// `PUT /v2/vendor/apps/{addonId}/migration_callback` (`completeVendorAddonMigration`)
    pub fn complete_addon_migration(
        &self,
    ) -> When<'_, t::AddonConfigInput, t::Addon, t::Error, ()> {
        When::new(self.raw, &ROUTES[333])
    }
}
/// Expectations for the operations tagged `pulsar`.
#[derive(Debug, Clone, Copy)]
pub struct PulsarApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> PulsarApi<'a> {
    /// `GET /v4/addon-providers/addon-pulsar` (`getPulsarProvider`)
    pub fn get_provider(&self) -> When<'_, (), t::PulsarProviderInfo, t::Error, ()> {
        When::new(self.raw, &ROUTES[337])
    }
    /// `GET /v4/addon-providers/addon-pulsar/addons/{pulsarId}` (`getPulsar`)
    pub fn get(&self) -> When<'_, (), t::PulsarAddon, t::Error, ()> {
        When::new(self.raw, &ROUTES[338])
    }
    /// `POST /v4/addon-providers/addon-pulsar/addons/{pulsarId}/create-tenant-and-namespace` (`createPulsarTenantAndNamespace`)
    pub fn create_tenant_and_namespace(
        &self,
    ) -> When<'_, (), t::PulsarAddon, t::Error, ()> {
        When::new(self.raw, &ROUTES[339])
    }
    /// `DELETE /v4/addon-providers/addon-pulsar/addons/{pulsarId}/delete-tenant-and-namespace` (`deletePulsarTenantAndNamespace`)
    pub fn delete_tenant_and_namespace(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[340])
    }
    /// `GET /v4/addon-providers/addon-pulsar/addons/{pulsarId}/storage-policies` (`getPulsarStoragePolicies`)
    pub fn get_storage_policies(
        &self,
    ) -> When<'_, (), t::PulsarStoragePolicies, t::Error, ()> {
        When::new(self.raw, &ROUTES[341])
    }
    /// `PATCH /v4/addon-providers/addon-pulsar/addons/{pulsarId}/storage-policies` (`updatePulsarStoragePolicies`)
    pub fn update_storage_policies(
        &self,
    ) -> When<'_, t::AnyValue, t::ProviderProvisionResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[342])
    }
    /// `DELETE /v4/addon-providers/addon-pulsar/addons/{pulsarId}/topics/{topicName}` (`deletePulsarTopic`)
    pub fn delete_topic(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[343])
    }
    /// `GET /v4/addon-providers/addon-pulsar/clusters/{clusterId}` (`getPulsarClusterStoragePolicies`)
    pub fn get_cluster_storage_policies(
        &self,
    ) -> When<'_, (), t::PulsarClusterStoragePolicies, t::Error, ()> {
        When::new(self.raw, &ROUTES[344])
    }
}
/// Expectations for the operations tagged `configProviders`.
#[derive(Debug, Clone, Copy)]
pub struct ConfigProvidersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ConfigProvidersApi<'a> {
    /// `GET /v4/addon-providers/config-provider/addons/{configurationProviderId}` (`getConfigProvider`)
    pub fn get(&self) -> When<'_, (), t::ConfigProvider, t::Error, ()> {
        When::new(self.raw, &ROUTES[358])
    }
    /// `GET /v4/addon-providers/config-provider/addons/{configurationProviderId}/env` (`listConfigProviderEnv`)
    pub fn list_env(
        &self,
    ) -> When<'_, (), Vec<t::ConfigProviderVariable>, t::Error, ()> {
        When::new(self.raw, &ROUTES[359])
    }
    /// `PUT /v4/addon-providers/config-provider/addons/{configurationProviderId}/env` (`replaceConfigProviderEnv`)
    pub fn replace_env(
        &self,
    ) -> When<
        '_,
        t::ConfigProviderVariableList,
        Vec<t::ConfigProviderVariable>,
        t::Error,
        (),
    > {
        When::new(self.raw, &ROUTES[360])
    }
}
/// Expectations for the operations tagged `billing`.
#[derive(Debug, Clone, Copy)]
pub struct BillingApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> BillingApi<'a> {
    /// `GET /v4/billing/organisations/{id}/credits/summary` (`getCreditsSummary`)
    pub fn get_credits_summary(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[365])
    }
    /// `GET /v4/billing/organisations/{id}/invoices` (`listInvoices`)
    pub fn list_invoices(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[366])
    }
    /// `GET /v4/billing/organisations/{id}/invoices/unpaid` (`listUnpaidInvoices`)
    pub fn list_unpaid_invoices(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[367])
    }
    /// `GET /v4/billing/organisations/{id}/invoices/{invoiceNumber}` (`getInvoice`)
    pub fn get_invoice(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[368])
    }
    /// `GET /v4/billing/organisations/{id}/invoices/{invoiceNumber}.html` (`getInvoiceHtml`)
    pub fn get_invoice_html(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[369])
    }
    /// `POST /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/paypal` (`startPaypalPayment`)
    pub fn start_paypal_payment(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[370])
    }
    /// `PUT /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/paypal/{payerId}` (`authorizePaypalPayment`)
    pub fn authorize_paypal_payment(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[371])
    }
    /// `POST /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/stripe` (`startStripePayment`)
    pub fn start_stripe_payment(
        &self,
    ) -> When<'_, t::AnyValue, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[372])
    }
    /// `PUT /v4/billing/organisations/{id}/invoices/{invoiceNumber}/payments/stripe/{paymentId}` (`authorizeStripePayment`)
    pub fn authorize_stripe_payment(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[373])
    }
    /// `GET /v4/billing/organisations/{id}/payments/methods` (`listPaymentMethods`)
    pub fn list_payment_methods(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[374])
    }
    /// `POST /v4/billing/organisations/{id}/payments/methods` (`createPaymentMethod`)
    pub fn create_payment_method(
        &self,
    ) -> When<'_, t::AnyValue, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[375])
    }
    /// `PUT /v4/billing/organisations/{id}/payments/methods/default` (`setDefaultPaymentMethod`)
    pub fn set_default_payment_method(
        &self,
    ) -> When<'_, t::AnyValue, t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[376])
    }
    /// `DELETE /v4/billing/organisations/{id}/payments/methods/{methodId}` (`deletePaymentMethod`)
    pub fn delete_payment_method(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[377])
    }
    /// `GET /v4/billing/organisations/{id}/payments/stripe/intent` (`createStripeSetupIntent`)
    pub fn create_stripe_setup_intent(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[378])
    }
    /// `GET /v4/billing/organisations/{id}/{invoice}.pdf` (`downloadInvoicePdf`)
    pub fn download_invoice_pdf(
        &self,
    ) -> When<'_, (), cloudsdk_runtime::Bytes, t::Error, ()> {
        When::new(self.raw, &ROUTES[379])
    }
    /// `GET /v4/billing/organisations/{owner_id}/price-system` (`getOrganisationPriceSystem`)
    pub fn get_organisation_price_system(
        &self,
    ) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[380])
    }
    /// `GET /v4/billing/price-system` (`getPriceSystem`)
    pub fn get_price_system(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[381])
    }
}
/// Expectations for the operations tagged `consoleSettings`.
#[derive(Debug, Clone, Copy)]
pub struct ConsoleSettingsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ConsoleSettingsApi<'a> {
    /// `GET /v4/console/settings` (`listConsoleSettings`)
    pub fn list(&self) -> When<'_, (), Vec<t::ConfigProviderVariable>, t::Error, ()> {
        When::new(self.raw, &ROUTES[382])
    }
    /// `GET /v4/console/settings/{name}` (`getConsoleSetting`)
    pub fn get(&self) -> When<'_, (), t::ConfigProviderVariable, t::Error, ()> {
        When::new(self.raw, &ROUTES[383])
    }
    /// `PUT /v4/console/settings/{name}` (`setConsoleSetting`)
    pub fn set(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[384])
    }
    /// `DELETE /v4/console/settings/{name}` (`deleteConsoleSetting`)
    pub fn delete(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[385])
    }
}
/// Expectations for the operations tagged `functions`.
#[derive(Debug, Clone, Copy)]
pub struct FunctionsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> FunctionsApi<'a> {
    /// `GET /v4/functions/organisations/{ownerId}/functions` (`listFunctions`)
    pub fn list(&self) -> When<'_, (), Vec<t::Function>, t::Error, ()> {
        When::new(self.raw, &ROUTES[386])
    }
    /// `POST /v4/functions/organisations/{ownerId}/functions` (`createFunction`)
    pub fn create(&self) -> When<'_, t::FunctionInput, Vec<t::Function>, t::Error, ()> {
        When::new(self.raw, &ROUTES[387])
    }
    /// `GET /v4/functions/organisations/{ownerId}/functions/{functionId}` (`getFunction`)
    pub fn get(&self) -> When<'_, (), Vec<t::Function>, t::Error, ()> {
        When::new(self.raw, &ROUTES[388])
    }
    /// `PUT /v4/functions/organisations/{ownerId}/functions/{functionId}` (`updateFunction`)
    pub fn update(&self) -> When<'_, t::FunctionInput, Vec<t::Function>, t::Error, ()> {
        When::new(self.raw, &ROUTES[389])
    }
    /// `DELETE /v4/functions/organisations/{ownerId}/functions/{functionId}` (`deleteFunction`)
    pub fn delete(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[390])
    }
    /// `GET /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments` (`listFunctionDeployments`)
    pub fn list_deployments(
        &self,
    ) -> When<'_, (), Vec<t::FunctionDeployment>, t::Error, ()> {
        When::new(self.raw, &ROUTES[391])
    }
    /// `POST /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments` (`createFunctionDeployment`)
    pub fn create_deployment(
        &self,
    ) -> When<'_, t::FunctionDeploymentInput, t::FunctionDeployment, t::Error, ()> {
        When::new(self.raw, &ROUTES[392])
    }
    /// `GET /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}` (`getFunctionDeployment`)
    pub fn get_deployment(&self) -> When<'_, (), t::FunctionDeployment, t::Error, ()> {
        When::new(self.raw, &ROUTES[393])
    }
    /// `PUT /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}` (`updateFunctionDeployment`)
    pub fn update_deployment(
        &self,
    ) -> When<'_, t::FunctionDeploymentUpdate, t::FunctionDeployment, t::Error, ()> {
        When::new(self.raw, &ROUTES[394])
    }
    /// `POST /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}` (`triggerFunctionDeployment`)
    pub fn trigger_deployment(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[395])
    }
    /// `DELETE /v4/functions/organisations/{ownerId}/functions/{functionId}/deployments/{deploymentId}` (`deleteFunctionDeployment`)
    pub fn delete_deployment(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[396])
    }
}
/// Expectations for the operations tagged `iamTokens`.
#[derive(Debug, Clone, Copy)]
pub struct IamTokensApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> IamTokensApi<'a> {
    /// `POST /v4/iam/organisations/{ownerId}/iam/materia-db-kv/{KVId}/tokens` (`createMateriaKvToken`)
    pub fn create_materia_kv_token(&self) -> When<'_, (), t::IamToken, t::Error, ()> {
        When::new(self.raw, &ROUTES[397])
    }
    /// `GET /v4/iam/organisations/{ownerId}/iam/tokens` (`listIamTokens`)
    pub fn list(&self) -> When<'_, (), Vec<t::IamToken>, t::Error, ()> {
        When::new(self.raw, &ROUTES[398])
    }
    /// `GET /v4/iam/organisations/{ownerId}/iam/tokens/{tokenId}` (`getIamToken`)
    pub fn get(&self) -> When<'_, (), t::IamToken, t::Error, ()> {
        When::new(self.raw, &ROUTES[399])
    }
    /// `DELETE /v4/iam/organisations/{ownerId}/iam/tokens/{tokenId}` (`revokeIamToken`)
    pub fn revoke(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[400])
    }
    /// `GET /v4/iam/tokens/revocations` (`listIamTokenRevocations`)
    pub fn list_revocations(&self) -> When<'_, (), Vec<String>, t::Error, ()> {
        When::new(self.raw, &ROUTES[401])
    }
}
/// Expectations for the operations tagged `loadBalancers`.
#[derive(Debug, Clone, Copy)]
pub struct LoadBalancersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> LoadBalancersApi<'a> {
    /// `GET /v4/load-balancers/organisations/{ownerId}/addons/{addonId}/load-balancers/{loadBalancerKind}` (`listAddonLoadBalancers`)
    pub fn list_addon(&self) -> When<'_, (), Vec<t::LoadBalancer>, t::Error, ()> {
        When::new(self.raw, &ROUTES[402])
    }
    /// `GET /v4/load-balancers/organisations/{ownerId}/applications/{appId}/load-balancers/default` (`getDefaultLoadBalancerDns`)
    pub fn get_default_dns(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[403])
    }
    /// `GET /v4/load-balancers/organisations/{ownerId}/applications/{applicationId}/load-balancers/{loadBalancerKind}` (`listApplicationLoadBalancers`)
    pub fn list_application(&self) -> When<'_, (), Vec<t::LoadBalancer>, t::Error, ()> {
        When::new(self.raw, &ROUTES[404])
    }
}
/// Expectations for the operations tagged `materia`.
#[derive(Debug, Clone, Copy)]
pub struct MateriaApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> MateriaApi<'a> {
    /// `GET /v4/materia/organisations/{ownerId}/materia/databases/{id}` (`getMateriaKvDatabase`)
    pub fn get_kv_database(&self) -> When<'_, (), t::AnyValue, t::Error, ()> {
        When::new(self.raw, &ROUTES[407])
    }
}
/// Expectations for the operations tagged `networkGroups`.
#[derive(Debug, Clone, Copy)]
pub struct NetworkGroupsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> NetworkGroupsApi<'a> {
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups` (`listNetworkGroups`)
    pub fn list(&self) -> When<'_, (), Vec<t::NetworkGroup>, t::Error, ()> {
        When::new(self.raw, &ROUTES[408])
    }
    /// `POST /v4/networkgroups/organisations/{ownerId}/networkgroups` (`createNetworkGroup`)
    pub fn create(
        &self,
    ) -> When<'_, t::NetworkGroupInput, t::NetworkGroup, t::Error, ()> {
        When::new(self.raw, &ROUTES[409])
    }
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}` (`getNetworkGroup`)
    pub fn get(&self) -> When<'_, (), t::NetworkGroup, t::Error, ()> {
        When::new(self.raw, &ROUTES[410])
    }
    /// `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}` (`deleteNetworkGroup`)
    pub fn delete(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[411])
    }
    /// `POST /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/external-peers` (`addNetworkGroupExternalPeer`)
    pub fn add_external_peer(
        &self,
    ) -> When<'_, t::ExternalPeerInput, t::NetworkGroupPeer, t::Error, ()> {
        When::new(self.raw, &ROUTES[412])
    }
    /// `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/external-peers/{peerId}` (`removeNetworkGroupExternalPeer`)
    pub fn remove_external_peer(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[413])
    }
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members` (`listNetworkGroupMembers`)
    pub fn list_members(
        &self,
    ) -> When<'_, (), Vec<t::NetworkGroupMember>, t::Error, ()> {
        When::new(self.raw, &ROUTES[414])
    }
    /// `POST /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members` (`addNetworkGroupMember`)
    pub fn add_member(
        &self,
    ) -> When<'_, t::NetworkGroupMemberInput, String, t::Error, ()> {
        When::new(self.raw, &ROUTES[415])
    }
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members/{memberId}` (`getNetworkGroupMember`)
    pub fn get_member(&self) -> When<'_, (), t::NetworkGroupMember, t::Error, ()> {
        When::new(self.raw, &ROUTES[416])
    }
    /// `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/members/{memberId}` (`removeNetworkGroupMember`)
    pub fn remove_member(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[417])
    }
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers` (`listNetworkGroupPeers`)
    pub fn list_peers(&self) -> When<'_, (), Vec<t::NetworkGroupPeer>, t::Error, ()> {
        When::new(self.raw, &ROUTES[418])
    }
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}` (`getNetworkGroupPeer`)
    pub fn get_peer(&self) -> When<'_, (), t::NetworkGroupPeer, t::Error, ()> {
        When::new(self.raw, &ROUTES[419])
    }
    /// `DELETE /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}` (`deleteNetworkGroupPeer`)
    pub fn delete_peer(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[420])
    }
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}/wireguard/configuration` (`getNetworkGroupPeerWireguardConfig`)
    pub fn get_peer_wireguard_config(
        &self,
    ) -> When<'_, (), t::WireguardConfiguration, t::Error, ()> {
        When::new(self.raw, &ROUTES[421])
    }
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/peers/{peerId}/wireguard/configuration/stream` (`streamNetworkGroupPeerWireguardConfig`)
    pub fn stream_peer_wireguard_config(
        &self,
    ) -> When<'_, (), String, t::Error, t::WireguardConfiguration> {
        When::new(self.raw, &ROUTES[422])
    }
    /// `GET /v4/networkgroups/organisations/{ownerId}/networkgroups/{networkGroupId}/stream` (`streamNetworkGroup`)
    pub fn stream(&self) -> When<'_, (), String, t::Error, t::NetworkGroup> {
        When::new(self.raw, &ROUTES[423])
    }
}
/// Expectations for the operations tagged `apiTokens`.
#[derive(Debug, Clone, Copy)]
pub struct ApiTokensApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ApiTokensApi<'a> {
    /// `GET /api-tokens` (`listApiTokens`)
    pub fn list(&self) -> When<'_, (), Vec<t::ApiToken>, t::Error, ()> {
        When::new(self.raw, &ROUTES[436])
    }
    /// `POST /api-tokens` (`createApiToken`)
    pub fn create(
        &self,
    ) -> When<'_, t::ApiTokenCreateRequest, t::ApiTokenCreated, t::Error, ()> {
        When::new(self.raw, &ROUTES[437])
    }
    /// `PUT /api-tokens/{apiTokenId}` (`updateApiToken`)
    pub fn update(&self) -> When<'_, t::ApiTokenUpdateRequest, (), t::Error, ()> {
        When::new(self.raw, &ROUTES[438])
    }
    /// `DELETE /api-tokens/{apiTokenId}` (`revokeApiToken`)
    pub fn revoke(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[439])
    }
}
/// Expectations for the operations tagged `events`.
#[derive(Debug, Clone, Copy)]
pub struct EventsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> EventsApi<'a> {
    /// `GET /event-socket/` (`streamEvents`)
    pub fn stream(&self) -> When<'_, (), (), t::Error, t::EventEnvelope> {
        When::new(self.raw, &ROUTES[440])
    }
}
static ROUTES: [cloudsdk_mock::Route; 442] = [
    cloudsdk_mock::Route::new(crate::builders::GetApplicationEnvWithToken::OPERATION)
        .query(&["token"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateApplicationEnvWithToken::OPERATION)
        .query(&["token"]),
    cloudsdk_mock::Route::new(crate::builders::AuthenticateRequest::OPERATION)
        .query(&["owner"]),
    cloudsdk_mock::Route::new(crate::builders::AuthorizeRequest::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListBackups::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetGithubLink::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListGithubRepositories::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::HandleGithubCallback::OPERATION)
        .query(&["code", "state", "error", "error_description", "error_uri"]),
    cloudsdk_mock::Route::new(crate::builders::ListGithubEmails::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListGithubKeys::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::StartGithubLink::OPERATION)
        .query(&["transactionId", "redirectUrl", "partner_id"]),
    cloudsdk_mock::Route::new(crate::builders::UnlinkGithub::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::StartGithubLogin::OPERATION)
        .query(
            &[
                "redirectUrl",
                "fromAuthorize",
                "cli_token",
                "partner_id",
                "oauth_token",
                "invitationKey",
                "subscriptionSource",
            ],
        ),
    cloudsdk_mock::Route::new(crate::builders::HandleGithubPush::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::StartGithubSignup::OPERATION)
        .query(
            &[
                "redirectUrl",
                "fromAuthorize",
                "cli_token",
                "partner_id",
                "oauth_token",
                "invitationKey",
                "subscriptionSource",
                "terms",
            ],
        ),
    cloudsdk_mock::Route::new(crate::builders::FinishGithubSignup::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetGithubUsername::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AuthorizePaypalTransaction::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CancelPaypalTransaction::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::CompleteExternalInvoicePayment::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::ListApplicationLogs::OPERATION)
        .query(
            &["after", "before", "deployment_id", "filter", "limit", "order", "since"],
        ),
    cloudsdk_mock::Route::new(crate::builders::ListLogDrains::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateLogDrain::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteLogDrain::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateLogDrainState::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetMetricsReadToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetBlogFeed::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetEngineeringFeed::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListEmailHooks::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateEmailHook::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateEmailHook::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteEmailHook::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListNotificationEventTypes::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListWebhookFormats::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListWebhooks::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateWebhook::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateWebhook::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteWebhook::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateAccessToken::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Binary),
    cloudsdk_mock::Route::new(crate::builders::CreateAccessTokenFromQuery::OPERATION)
        .query(
            &[
                "oauth_consumer_key",
                "oauth_token",
                "oauth_signature_method",
                "oauth_signature",
                "oauth_timestamp",
                "oauth_nonce",
                "oauth_version",
                "oauth_verifier",
                "oauth_callback",
                "oauth_token_secret",
                "oauth_callback_confirmed",
            ],
        )
        .success(200, cloudsdk_mock::BodyKind::Binary),
    cloudsdk_mock::Route::new(crate::builders::GetAuthorizeForm::OPERATION)
        .query(&["oauth_token", "ccid", "cli_token", "from_oauth", "partner_id"])
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::AuthorizeRequestToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetOauthLoginData::OPERATION)
        .query(&["oauth_key"]),
    cloudsdk_mock::Route::new(crate::builders::CreateRequestToken::OPERATION)
        .query(&["partner_id"])
        .success(200, cloudsdk_mock::BodyKind::Binary),
    cloudsdk_mock::Route::new(crate::builders::CreateRequestTokenFromQuery::OPERATION)
        .query(
            &[
                "partner_id",
                "oauth_consumer_key",
                "oauth_token",
                "oauth_signature_method",
                "oauth_signature",
                "oauth_timestamp",
                "oauth_nonce",
                "oauth_version",
                "oauth_verifier",
                "oauth_callback",
                "oauth_token_secret",
                "oauth_callback_confirmed",
            ],
        )
        .success(200, cloudsdk_mock::BodyKind::Binary),
    cloudsdk_mock::Route::new(crate::builders::ListOauthRights::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::HandleOidcCallback::OPERATION)
        .query(&["code", "state", "error", "error_description", "error_uri"]),
    cloudsdk_mock::Route::new(crate::builders::StartOidcLogin::OPERATION)
        .query(
            &[
                "redirectUrl",
                "fromAuthorize",
                "cli_token",
                "partner_id",
                "oauth_token",
                "invitationKey",
                "subscriptionSource",
            ],
        ),
    cloudsdk_mock::Route::new(crate::builders::StartOidcSignup::OPERATION)
        .query(
            &[
                "redirectUrl",
                "fromAuthorize",
                "cli_token",
                "oauth_token",
                "invitationKey",
                "subscriptionSource",
                "terms",
                "partnerId",
            ],
        ),
    cloudsdk_mock::Route::new(crate::builders::FinishOidcSignup::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisations::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListAddonProviders::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateAddonProvider::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetAddonProvider::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateAddonProvider::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteAddonProvider::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListAddonProviderFeatures::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateAddonProviderFeature::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteAddonProviderFeature::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListAddonProviderPlans::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateAddonProviderPlan::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetAddonProviderPlan::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateAddonProviderPlan::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteAddonProviderPlan::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::UpdateAddonProviderPlanFeature::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::DeleteAddonProviderPlanFeature::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::GetAddonProviderSsoData::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListAddonProviderTags::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AddAddonProviderTester::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationAddons::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateOrganisationAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::PreorderOrganisationAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateOrganisationAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteOrganisationAddon::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationAddonApplications::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationAddonEnv::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationAddonInstances::OPERATION)
        .query(&["deploymentId", "withDeleted"]),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationAddonInstance::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationAddonMigrations::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::MigrateOrganisationAddon::OPERATION),
    cloudsdk_mock::Route::new(
            crate::builders::PreorderOrganisationAddonMigration::OPERATION,
        )
        .query(&["planId"]),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationAddonMigration::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::AbortOrganisationAddonMigration::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationAddonSsoData::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationAddonTags::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ReplaceOrganisationAddonTags::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AddOrganisationAddonTag::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RemoveOrganisationAddonTag::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationApplications::OPERATION)
        .query(&["instanceId"]),
    cloudsdk_mock::Route::new(crate::builders::CreateOrganisationApplication::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationApplication::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateOrganisationApplication::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteOrganisationApplication::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationAddons::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::LinkOrganisationApplicationAddon::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationAddonsEnv::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::UnlinkOrganisationApplicationAddon::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::SetOrganisationApplicationBranch::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationBranches::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::SetOrganisationApplicationBuildFlavor::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationDependencies::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationDependenciesEnv::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::AddOrganisationApplicationDependency::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::RemoveOrganisationApplicationDependency::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationDependents::OPERATION,
    ),
    cloudsdk_mock::Route::new(
            crate::builders::ListOrganisationApplicationDeployments::OPERATION,
        )
        .query(&["limit", "offset", "action"]),
    cloudsdk_mock::Route::new(
        crate::builders::GetOrganisationApplicationDeployment::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::CancelOrganisationApplicationDeployment::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationEnv::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ReplaceOrganisationApplicationEnv::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::SetOrganisationApplicationEnvVar::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::DeleteOrganisationApplicationEnvVar::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::GetOrganisationApplicationExposedEnv::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ReplaceOrganisationApplicationExposedEnv::OPERATION,
    ),
    cloudsdk_mock::Route::new(
            crate::builders::ListOrganisationApplicationInstances::OPERATION,
        )
        .query(&["deploymentId", "withDeleted"]),
    cloudsdk_mock::Route::new(
            crate::builders::RedeployOrganisationApplication::OPERATION,
        )
        .query(&["commit", "useCache"]),
    cloudsdk_mock::Route::new(crate::builders::StopOrganisationApplication::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::GetOrganisationApplicationInstance::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationTags::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ReplaceOrganisationApplicationTags::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::AddOrganisationApplicationTag::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::RemoveOrganisationApplicationTag::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationTcpRedirections::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::CreateOrganisationApplicationTcpRedirection::OPERATION,
    ),
    cloudsdk_mock::Route::new(
            crate::builders::DeleteOrganisationApplicationTcpRedirection::OPERATION,
        )
        .query(&["namespace"]),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationUdpRedirections::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::CreateOrganisationApplicationUdpRedirection::OPERATION,
    ),
    cloudsdk_mock::Route::new(
            crate::builders::DeleteOrganisationApplicationUdpRedirection::OPERATION,
        )
        .query(&["namespace"]),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationApplicationDomains::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::GetOrganisationApplicationFavouriteDomain::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::SetOrganisationApplicationFavouriteDomain::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::UnsetOrganisationApplicationFavouriteDomain::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::AddOrganisationApplicationDomain::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::RemoveOrganisationApplicationDomain::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::UpdateOrganisationAvatar::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationConsumers::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateOrganisationConsumer::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationConsumer::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateOrganisationConsumer::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteOrganisationConsumer::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationConsumerSecret::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationConsumptions::OPERATION)
        .query(&["appId", "from", "to", "for"]),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationCredits::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationDeployments::OPERATION)
        .query(&["limit"]),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationInstances::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationMembers::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::InviteOrganisationMember::OPERATION)
        .query(&["invitationKey"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateOrganisationMember::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RemoveOrganisationMember::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationNamespaces::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationPaymentInfo::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationInvoices::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::BuyOrganisationCredits::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationUnpaidInvoices::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationInvoice::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::ChooseOrganisationInvoicePaymentProvider::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::DeleteOrganisationPurchaseOrder::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::DownloadOrganisationInvoicePdf::OPERATION)
        .query(&["token"])
        .success(200, cloudsdk_mock::BodyKind::Binary),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationPriceWithTax::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::ListOrganisationPaymentMethods::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::AddOrganisationPaymentMethod::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::GetOrganisationDefaultPaymentMethod::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::SetOrganisationDefaultPaymentMethod::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::CreateOrganisationSetupIntent::OPERATION)
        .query(&["type"]),
    cloudsdk_mock::Route::new(
            crate::builders::DeleteOrganisationPaymentMethod::OPERATION,
        )
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationMonthlyInvoice::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::SetOrganisationMaxMonthlyCredits::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::GetOrganisationRecurrentPayment::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::DeleteOrganisationRecurrentPayment::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationStripeToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetPasswordResetForm::OPERATION)
        .query(&["partner_id"])
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::RequestPasswordReset::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::GetPasswordResetConfirmForm::OPERATION)
        .query(&["partner_id"])
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::ResetPassword::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::GetInvoicePayButton::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Binary),
    cloudsdk_mock::Route::new(crate::builders::GetCoupon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListPaymentProviders::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetStripeToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::HandleStripeSepaWebhook::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateStripePayment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CompleteStripePayment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListAddonProductProviders::OPERATION)
        .query(&["orgaId"]),
    cloudsdk_mock::Route::new(crate::builders::GetAddonProductProvider::OPERATION)
        .query(&["orgaId"]),
    cloudsdk_mock::Route::new(
        crate::builders::GetAddonProductProviderDetails::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ListAddonProductProviderVersions::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::ListCountries::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListCountryCodes::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListFlavors::OPERATION)
        .query(&["context"]),
    cloudsdk_mock::Route::new(crate::builders::ListInstanceTypes::OPERATION)
        .query(&["for"]),
    cloudsdk_mock::Route::new(crate::builders::GetInstanceType::OPERATION)
        .query(&["for", "app"]),
    cloudsdk_mock::Route::new(crate::builders::ListMfaKinds::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListCreditPackages::OPERATION)
        .query(&["coupon", "orgaId", "currency"]),
    cloudsdk_mock::Route::new(crate::builders::ListExchangeRates::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListZonesV2::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ProvisionMatomo::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeprovisionMatomo::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ProvisionTardis::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetProvisionedTardis::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeprovisionTardis::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(
        crate::builders::ListElasticsearchServiceFlavors::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::GetProviderAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetHeptapodPriceForecast::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelf::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateSelf::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteSelf::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfAddons::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateSelfAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::PreorderSelfAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateSelfAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteSelfAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfAddonApplications::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfAddonEnv::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ChangeSelfAddonPlan::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfAddonSsoData::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfAddonTags::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AddSelfAddonTag::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RemoveSelfAddonTag::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfApplications::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateSelfApplication::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfApplication::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateSelfApplication::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteSelfApplication::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfApplicationAddons::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::LinkSelfApplicationAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfApplicationAddonsEnv::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UnlinkSelfApplicationAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::SetSelfApplicationBranch::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfApplicationBranches::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::SetSelfApplicationBuildFlavor::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::ListSelfApplicationDependencies::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::ListSelfApplicationDependenciesEnv::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::AddSelfApplicationDependency::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::RemoveSelfApplicationDependency::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::ListSelfApplicationDependents::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfApplicationDeployments::OPERATION)
        .query(&["limit", "offset", "action"]),
    cloudsdk_mock::Route::new(crate::builders::GetSelfApplicationDeployment::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::CancelSelfApplicationDeployment::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::ListSelfApplicationEnv::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ReplaceSelfApplicationEnv::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::SetSelfApplicationEnvVar::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteSelfApplicationEnvVar::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfApplicationExposedEnv::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::ReplaceSelfApplicationExposedEnv::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::ListSelfApplicationInstances::OPERATION)
        .query(&["deploymentId", "withDeleted"]),
    cloudsdk_mock::Route::new(crate::builders::RedeploySelfApplication::OPERATION)
        .query(&["commit", "useCache"]),
    cloudsdk_mock::Route::new(crate::builders::StopSelfApplication::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfApplicationInstance::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfApplicationTags::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AddSelfApplicationTag::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RemoveSelfApplicationTag::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfApplicationDomains::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::GetSelfApplicationFavouriteDomain::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::SetSelfApplicationFavouriteDomain::OPERATION,
    ),
    cloudsdk_mock::Route::new(
        crate::builders::UnsetSelfApplicationFavouriteDomain::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::AddSelfApplicationDomain::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RemoveSelfApplicationDomain::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateSelfAvatar::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ChangePassword::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfCliTokens::OPERATION)
        .query(&["cli_token"]),
    cloudsdk_mock::Route::new(crate::builders::ResendConfirmationEmail::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfConsumers::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateSelfConsumer::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfConsumer::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateSelfConsumer::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteSelfConsumer::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfConsumerSecret::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfConsumptions::OPERATION)
        .query(&["appId", "from", "to", "for"]),
    cloudsdk_mock::Route::new(crate::builders::GetSelfCredits::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfEmails::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AddSelfEmail::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RemoveSelfEmail::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfId::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfInstances::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSshKeys::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AddSshKey::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RemoveSshKey::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::SetPreferredMfa::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateMfa::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteMfa::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListMfaBackupCodes::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ConfirmMfa::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfPaymentInfo::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfInvoices::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::BuySelfCredits::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfInvoice::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::ChooseSelfInvoicePaymentProvider::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::DeleteSelfPurchaseOrder::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DownloadSelfInvoicePdf::OPERATION)
        .query(&["token"])
        .success(200, cloudsdk_mock::BodyKind::Binary),
    cloudsdk_mock::Route::new(crate::builders::GetSelfPriceWithTax::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSelfPaymentMethods::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AddSelfPaymentMethod::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfDefaultPaymentMethod::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::SetSelfDefaultPaymentMethod::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteSelfPaymentMethod::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfMonthlyInvoice::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::SetSelfMaxMonthlyCredits::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfRecurrentPayment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteSelfRecurrentPayment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetSelfStripeToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOauthTokens::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RevokeAllOauthTokens::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetCurrentOauthToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RevokeOauthToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ValidateEmail::OPERATION)
        .query(&["validationKey"]),
    cloudsdk_mock::Route::new(crate::builders::GetSignupFormForSource::OPERATION)
        .query(&["invitationKey", "url_next", "partner_id"])
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::GetLoginForm::OPERATION)
        .query(
            &[
                "secondaryEmailKey",
                "deletionKey",
                "fromAuthorize",
                "cli_token",
                "partner_id",
            ],
        )
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::Login::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::LoginWithMfa::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::GetSignupForm::OPERATION)
        .query(&["invitationKey", "url_next", "subscription_source", "partner_id"])
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::GetSignupFormForSourceAlias::OPERATION)
        .query(&["invitationKey", "url_next", "partner_id"])
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::GetLoginFormAlias::OPERATION)
        .query(
            &[
                "secondaryEmailKey",
                "deletionKey",
                "fromAuthorize",
                "cli_token",
                "partner_id",
            ],
        )
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::LoginAlias::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::LoginWithMfaAlias::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::GetSignupFormAlias::OPERATION)
        .query(&["invitationKey", "url_next", "subscription_source", "partner_id"])
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::GetSummary::OPERATION).query(&["full"]),
    cloudsdk_mock::Route::new(crate::builders::CreateUser::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetUser::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListUserApplications::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetUserGitInfo::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ValidateVatKey::OPERATION)
        .query(&["action"]),
    cloudsdk_mock::Route::new(crate::builders::CheckVat::OPERATION)
        .query(&["country", "vat"]),
    cloudsdk_mock::Route::new(crate::builders::ProvisionDependentAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListVendorAddons::OPERATION)
        .query(&["offset"]),
    cloudsdk_mock::Route::new(crate::builders::GetVendorAddon::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateVendorAddonConfig::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::BillAddonOwner::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetVendorAddonLogsCollector::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CompleteVendorAddonMigration::OPERATION)
        .query(&["plan_id", "region"]),
    cloudsdk_mock::Route::new(crate::builders::GetAccessLogsReadToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetMatomo::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ValidateMatomoToken::OPERATION)
        .query(&["keycloakToken"]),
    cloudsdk_mock::Route::new(crate::builders::GetPulsarProvider::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetPulsar::OPERATION),
    cloudsdk_mock::Route::new(
        crate::builders::CreatePulsarTenantAndNamespace::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::DeletePulsarTenantAndNamespace::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::GetPulsarStoragePolicies::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdatePulsarStoragePolicies::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeletePulsarTopic::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(
        crate::builders::GetPulsarClusterStoragePolicies::OPERATION,
    ),
    cloudsdk_mock::Route::new(crate::builders::CreateTardis::OPERATION)
        .query(&["appOnly"]),
    cloudsdk_mock::Route::new(crate::builders::GetTardis::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteTardis::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::GetOwnedTardis::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteOwnedTardis::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::RestoreOwnedTardis::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetTardisToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteTardisToken::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListTardisTokens::OPERATION)
        .query(&["from", "onlyId", "to"]),
    cloudsdk_mock::Route::new(crate::builders::CreateTardisToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOwnedTardis::OPERATION)
        .query(&["from", "to"]),
    cloudsdk_mock::Route::new(crate::builders::CreateOwnedTardis::OPERATION)
        .query(&["appOnly"]),
    cloudsdk_mock::Route::new(crate::builders::RevokeTardisToken::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::GetConfigProvider::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListConfigProviderEnv::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ReplaceConfigProviderEnv::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListJenkinsUpdates::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetAddonProviderV4::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetProviderAddonV4::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetAddonProviderCluster::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetCreditsSummary::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListInvoices::OPERATION)
        .query(&["since"]),
    cloudsdk_mock::Route::new(crate::builders::ListUnpaidInvoices::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetInvoice::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetInvoiceHtml::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::StartPaypalPayment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AuthorizePaypalPayment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::StartStripePayment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AuthorizeStripePayment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListPaymentMethods::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreatePaymentMethod::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::SetDefaultPaymentMethod::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeletePaymentMethod::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateStripeSetupIntent::OPERATION)
        .query(&["type"]),
    cloudsdk_mock::Route::new(crate::builders::DownloadInvoicePdf::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Binary),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisationPriceSystem::OPERATION)
        .query(&["zone_id"]),
    cloudsdk_mock::Route::new(crate::builders::GetPriceSystem::OPERATION)
        .query(&["zone_id", "currency"]),
    cloudsdk_mock::Route::new(crate::builders::ListConsoleSettings::OPERATION)
        .query(&["env"]),
    cloudsdk_mock::Route::new(crate::builders::GetConsoleSetting::OPERATION)
        .query(&["env"]),
    cloudsdk_mock::Route::new(crate::builders::SetConsoleSetting::OPERATION)
        .query(&["env"])
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::DeleteConsoleSetting::OPERATION)
        .query(&["env"])
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListFunctions::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateFunction::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetFunction::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateFunction::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteFunction::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListFunctionDeployments::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateFunctionDeployment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetFunctionDeployment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateFunctionDeployment::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::TriggerFunctionDeployment::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::DeleteFunctionDeployment::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::CreateMateriaKvToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListIamTokens::OPERATION)
        .query(&["from", "size"]),
    cloudsdk_mock::Route::new(crate::builders::GetIamToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RevokeIamToken::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListIamTokenRevocations::OPERATION)
        .query(&["from", "size"]),
    cloudsdk_mock::Route::new(crate::builders::ListAddonLoadBalancers::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetDefaultLoadBalancerDns::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListApplicationLoadBalancers::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::StreamApplicationAccessLogs::OPERATION)
        .query(
            &[
                "field",
                "limit",
                "since",
                "throttleElements",
                "throttlePerInMilliseconds",
                "until",
            ],
        )
        .success(200, cloudsdk_mock::BodyKind::Text)
        .stream(cloudsdk_mock::Stream::Events {
            resume: None,
        }),
    cloudsdk_mock::Route::new(crate::builders::StreamApplicationLogsV4::OPERATION)
        .query(
            &[
                "deploymentId",
                "field",
                "filter",
                "instanceId",
                "limit",
                "service",
                "since",
                "throttleElements",
                "throttlePerInMilliseconds",
                "until",
            ],
        )
        .success(200, cloudsdk_mock::BodyKind::Text)
        .stream(cloudsdk_mock::Stream::Events {
            resume: Some(("since", "date")),
        }),
    cloudsdk_mock::Route::new(crate::builders::GetMateriaKvDatabase::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListNetworkGroups::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateNetworkGroup::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetNetworkGroup::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteNetworkGroup::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::AddNetworkGroupExternalPeer::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RemoveNetworkGroupExternalPeer::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListNetworkGroupMembers::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AddNetworkGroupMember::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Text),
    cloudsdk_mock::Route::new(crate::builders::GetNetworkGroupMember::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RemoveNetworkGroupMember::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListNetworkGroupPeers::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetNetworkGroupPeer::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteNetworkGroupPeer::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(
        crate::builders::GetNetworkGroupPeerWireguardConfig::OPERATION,
    ),
    cloudsdk_mock::Route::new(
            crate::builders::StreamNetworkGroupPeerWireguardConfig::OPERATION,
        )
        .success(200, cloudsdk_mock::BodyKind::Text)
        .stream(cloudsdk_mock::Stream::Events {
            resume: None,
        }),
    cloudsdk_mock::Route::new(crate::builders::StreamNetworkGroup::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Text)
        .stream(cloudsdk_mock::Stream::Events {
            resume: None,
        }),
    cloudsdk_mock::Route::new(crate::builders::ListApplicationDeploymentsV4::OPERATION)
        .query(&["action", "includeApplicationConfiguration", "limit", "order"]),
    cloudsdk_mock::Route::new(crate::builders::GetApplicationDeploymentV4::OPERATION)
        .query(&["includeApplicationConfiguration"]),
    cloudsdk_mock::Route::new(crate::builders::ListApplicationInstancesV4::OPERATION)
        .query(
            &[
                "excludeState",
                "includeState",
                "limit",
                "order",
                "since",
                "until",
                "deploymentId",
            ],
        ),
    cloudsdk_mock::Route::new(crate::builders::GetApplicationInstanceV4::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListZones::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetZone::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetGrafanaOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateGrafanaOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteGrafanaOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ResetGrafanaOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetRequestHeatmap::OPERATION)
        .query(&["applicationId"]),
    cloudsdk_mock::Route::new(crate::builders::GetResourceMetrics::OPERATION)
        .query(&["end", "fill", "interval", "only", "span"]),
    cloudsdk_mock::Route::new(crate::builders::ListApiTokens::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateApiToken::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateApiToken::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::RevokeApiToken::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(const {
            &cloudsdk_runtime::Operation::new(
                    "streamEvents",
                    cloudsdk_runtime::Method::GET,
                    "/event-socket/",
                    true,
                )
                .signing_url("https://api.clever-cloud.com/v2/events/event-socket")
        })
        .stream(cloudsdk_mock::Stream::WebSocket {
            resume: None,
            first_message: true,
        })
        .ready(&[("type", "socket_ready")])
        .auth_error(&[("type", "error"), ("id", "2001")]),
    cloudsdk_mock::Route::new(const {
            &cloudsdk_runtime::Operation::new(
                    "streamApplicationLogs",
                    cloudsdk_runtime::Method::GET,
                    "/logs-socket/{appId}",
                    true,
                )
                .signing_url("https://api.clever-cloud.com/v2/logs/logs-socket/{appId}")
        })
        .query(&["since"])
        .stream(cloudsdk_mock::Stream::WebSocket {
            resume: Some(("since", "date")),
            first_message: true,
        }),
];
