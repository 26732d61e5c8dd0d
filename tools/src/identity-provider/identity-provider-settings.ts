/** A person at the test provider; `org` and `roles` become the `tongban_org` and `tongban_roles` claims. */
export interface ProviderAccount {
  /** The subject (`sub`). */
  id: string;
  username: string;
  password: string;
  name: string;
  org?: string;
  roles?: string[];
  /** False: the provider has disabled them. Default true. */
  active?: boolean;
}

export interface ProviderClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  backchannelLogoutUri?: string;
}

export interface IdentityProviderSettings {
  port: number;
  clients: ProviderClient[];
  accounts: ProviderAccount[];
  /** Guards the provider's `POST /test-admin/accounts/:id/disable`. */
  adminToken: string;
}
