/**
 * The API's types, generated from its OpenAPI document (server/src/openapi) by
 * openapi-typescript: `npm run api-types -w @tongban/server` rewrites this file, and a
 * server test fails while it is behind the document. The client's own types
 * (`../types.ts`) are named from these, so a change to an endpoint's schema
 * that the client does not follow fails its typecheck.
 */
export interface paths {
  '/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a file into a form
     * @description Upload a file while filling an application or a fill step’s form, before there is a request. The file waits, downloadable by its uploader only; the form data refers to it as { id, name }, and submitting (apply, resubmit, fill, correct) links it to the request, after which whoever may read the request may download it. Referring to someone else’s file or one another request holds is a 422 on submit. Type and size checks as for request attachments; at most 50 waiting files, 200 MB in all, per person.
     */
    post: operations['uploadFormFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download an attachment
     * @description Only for those who may read its request; a file not yet submitted with its form only for its uploader (else 404). Always a download (Content-Disposition: attachment), never rendered on this origin.
     */
    get: operations['downloadAttachment'];
    put?: never;
    post?: never;
    /**
     * Delete a file not yet submitted
     * @description Takes a file just uploaded into a form, and not yet submitted with it, out again. Only its uploader may; a file submitted with a request is part of its record (409). Files left unsent for 7 days are deleted at their uploader’s next upload.
     */
    delete: operations['deleteFormFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log, newest first, paged
     * @description Supervisors, auditors and administrators; anyone else gets 403. Request entries and administrative entries (organisations, accounts, form and process definitions, substitutes, login lockouts); chain picks one, objectKind / objectId filter by object.
     */
    get: operations['listAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the audit log as CSV (opens in Excel)
     * @description Supervisors, auditors and administrators; anyone else gets 403. Same filters as the list, oldest first, at most 100,000 rows; cells starting with =, +, - or @ get a leading ' so no spreadsheet runs them as formulas.
     */
    get: operations['exportAuditCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the audit log to Excel
     * @description Supervisors, auditors and administrators; anyone else gets 403. The filters and columns of the CSV export, oldest first. At most 100,000 rows; if there are more, the last row says to narrow the filters.
     */
    get: operations['exportAuditXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify the hash chains: whether they hold, where they break
     * @description Supervisors, auditors and administrators; anyone else gets 403. With requestId, that request’s chain; with chain=administration, the administration chain; otherwise every chain (requests and administration) in one pass.
     */
    get: operations['verifyAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in
     * @description Five failures for one username within 15 minutes lock it for 15 minutes (429 LOGIN_LOCKED); thirty failures from one address within 15 minutes are refused likewise (429 TOO_MANY_REQUESTS). Both carry Retry-After.
     */
    post: operations['logIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: operations['logOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and their rules */
    get: operations['getProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/oidc/{provider}/backchannel-logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The provider’s back-channel logout
     * @description OpenID Connect Back-Channel Logout 1.0: the provider posts a signed logout_token (application/x-www-form-urlencoded); the sessions of its sid or sub end.
     */
    post: operations['oidcBackchannelLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/oidc/{provider}/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The identity provider’s redirect back
     * @description On success the session cookie is set and the browser goes to returnTo; on failure (wrong state, replayed code, expired token, another issuer, disabled account) to /login?error=CODE.
     */
    get: operations['finishOidcSignIn'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/oidc/{provider}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Go to the identity provider to sign in
     * @description Authorization code with PKCE (S256); state, nonce and verifier are kept server-side, the browser holds a random token in a cookie for ten minutes.
     */
    get: operations['startOidcSignIn'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ways to sign in */
    get: operations['listIdentityProviders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/definitions/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Form or process definitions and their versions
     * @description Administrators and supervisors.
     */
    get: operations['listDefinitions'];
    put?: never;
    /**
     * Create a draft (version 1 of a new key, or the next version)
     * @description Administrators only. The server numbers the version; a draft needs only its key, publishing checks everything.
     */
    post: operations['createDefinitionDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/definitions/{kind}/{key}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version */
    get: operations['getDefinitionVersion'];
    /**
     * Save a draft
     * @description Administrators only, drafts only (a published version never changes: 409). Needs If-Match.
     */
    put: operations['updateDefinitionDraft'];
    post?: never;
    /**
     * Delete a draft
     * @description Administrators only, drafts only. Needs If-Match.
     */
    delete: operations['deleteDefinitionDraft'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/definitions/{kind}/{key}/versions/{version}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Archive a published version
     * @description Administrators only. New requests no longer use it; running requests carry on with it. Needs If-Match.
     */
    post: operations['archiveDefinition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/definitions/{kind}/{key}/versions/{version}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export as a JSON file */
    get: operations['exportDefinition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/definitions/{kind}/{key}/versions/{version}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a draft
     * @description Administrators only. A process is checked in full and every form it names must be published; a form must be a JSON Schema that compiles, with an example that fits. Problems: 422 listing every one (where and what). Once published the version never changes; the catalogue offers the newest published version. Needs If-Match.
     */
    post: operations['publishDefinition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/definitions/{kind}/{key}/versions/{version}/used-by': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Published processes still on an older version of this form
     * @description Forms only (processes: 404). The processes whose newest published version names this form at a lower version, with where, so that after publishing a form the designer can move them onto it (a new draft, then publish). Administrators and supervisors.
     */
    get: operations['listProcessesOnOlderForm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/definitions/{kind}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a definition file as a new draft
     * @description Administrators only. Reads a file from …/export (possibly another county’s) as the next draft version of its key.
     */
    post: operations['importDefinition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dictionaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dictionaries and their versions
     * @description Anyone signed in sees published versions; administrators and supervisors drafts too. Each item carries its newest published version in full.
     */
    get: operations['listDictionaries'];
    put?: never;
    /**
     * Create a dictionary draft (version 1 of a new key, or the next version)
     * @description Administrators only. The server numbers the version; entry values are unique within the dictionary.
     */
    post: operations['createDictionaryDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dictionaries/{key}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One version of a dictionary
     * @description Published versions for anyone signed in; drafts for administrators and supervisors only (404 to others).
     */
    get: operations['getDictionaryVersion'];
    /**
     * Save a dictionary draft
     * @description Administrators only, drafts only (a published version never changes: 409, create a new version). Needs If-Match.
     */
    put: operations['updateDictionaryDraft'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dictionaries/{key}/versions/{version}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a dictionary draft
     * @description Administrators only. Once published the version never changes; forms published from then on pin the newest published version, forms already published keep theirs. Needs If-Match.
     */
    post: operations['publishDictionary'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live updates (SSE): requests, inbox and notifications
     * @description Only requests the caller may read. Each API process polls the database (about once a second), so it works with several processes behind one load balancer. Each event has an `id` (positions in the database, understood by every process); on a reconnect the browser sends it as `Last-Event-ID` (clients that cannot set headers use the `lastEventId` query parameter; the header wins), and the server first replays what changed meanwhile that the caller may read — request changes and their own notifications, at most 200 and within an hour — or else sends `resync`, telling the client to refetch. A malformed id gets `resync` too, never an error.
     */
    get: operations['streamEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Health: Temporal, the database and a worker */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My notification channels */
    get: operations['getNotificationPreferences'];
    /**
     * Choose channels: e-mail, SMS, DingTalk/WeCom group robot
     * @description Replaces them as a whole; in-app notifications always stay. A robot URL must be on https://oapi.dingtalk.com or https://qyapi.weixin.qq.com (nothing is ever sent inside the network). Kinds in mutedKinds stay in-app only.
     */
    put: operations['setNotificationPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/substitute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My out-of-office substitute */
    get: operations['getSubstitute'];
    /**
     * Set my out-of-office substitute
     * @description From `from` to `to` (inclusive) the caller’s new tasks go to the substitute; tasks already assigned stay. The substitute must be another active colleague who handles tasks.
     */
    put: operations['setSubstitute'];
    post?: never;
    /** Clear my out-of-office substitute */
    delete: operations['clearSubstitute'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My saved list views */
    get: operations['listSavedViews'];
    put?: never;
    /**
     * Save a list view
     * @description The filters are checked as the list checks them; at most 50 per person, names unique.
     */
    post: operations['createSavedView'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/views/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change a saved view
     * @description Someone else’s view is 404, like one that does not exist.
     */
    put: operations['updateSavedView'];
    post?: never;
    /** Delete a saved view */
    delete: operations['deleteSavedView'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus metrics
     * @description Request counts and latency histograms by route and status, and process metrics. Expose it on the internal network only.
     */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My notifications, newest first, paged, with the unread count */
    get: operations['listNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark read
     * @description Someone else’s notification is 404, like one that does not exist.
     */
    post: operations['readNotification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all read */
    post: operations['readAllNotifications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many notifications are unread */
    get: operations['countUnreadNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This OpenAPI document (language by Accept-Language) */
    get: operations['getOpenApiDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Organisations, paged
     * @description Administrators, supervisors, window clerks and staff who handle tasks see every organisation; enterprise applicants (a form’s organisation picker, e.g. the accepting department or the lending bank) see departments, banks and their own organisation, never another enterprise; auditors get 403.
     */
    get: operations['listOrganisations'];
    put?: never;
    /**
     * Create an organisation
     * @description Administrators only.
     */
    post: operations['createOrganisation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An organisation
     * @description An organisation the caller may not see (another enterprise, for an applicant) is 404, like one that does not exist.
     */
    get: operations['getOrganisation'];
    put?: never;
    post?: never;
    /**
     * Delete an organisation (no users, no members)
     * @description Administrators only.
     */
    delete: operations['deleteOrganisation'];
    options?: never;
    head?: never;
    /**
     * Change an organisation
     * @description Administrators only.
     */
    patch: operations['updateOrganisation'];
    trace?: never;
  };
  '/processes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The processes the caller may start, with their forms */
    get: operations['listCatalogue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/processes/{key}/previous-application': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reuse the last application: the form data of the caller’s organisation’s newest request on this process
     * @description Only requests of the caller’s own organisation (window filings for it included), only the fields the caller may read; previous is null when there is none.
     */
    get: operations['getPreviousApplication'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/processes/{key}/route-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Route preview: the steps and people a request would go through
     * @description Computed by the same engine that runs requests: conditions read the data, skipped steps are left out, and the people are looked up as they are today. Nothing is created.
     */
    post: operations['previewProcessRoute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness: this server reaches the database and Temporal
     * @description For load balancers; unlike /health it does not need a worker.
     */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The requests the caller may read, newest first (filtered, paged)
     * @description `started=me` is 我发起 (the ones the caller filed). 50 per page unless asked.
     */
    get: operations['listRequests'];
    put?: never;
    /**
     * Start a request
     * @description Validates the data against the process's published form, starts the process and answers once the first step's tasks exist. Retrying with the same Idempotency-Key never starts a second request. Window staff file for an enterprise with onBehalfOf (代办): that person is the applicant, and the record also names who filed it (filedBy).
     */
    post: operations['startRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A request with its form, steps and timeline
     * @description A request the caller may not read is 404, exactly like one that does not exist.
     */
    get: operations['getRequest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The applicant's organisation acts on its request: withdraw, resubmit after a return, urge
     * @description A request the caller may not read is 404; one they may read but did not file is 403. Resubmitted data is validated against the request's own form version.
     */
    post: operations['actOnRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A request’s attachments */
    get: operations['listAttachments'];
    put?: never;
    /**
     * Attach a file
     * @description The body is the file itself (not JSON), its name in ?name=. The type is read from the content: only PDF, PNG/JPEG/WebP/TIFF, Office documents, OFD and ZIP, matching the extension and any declared Content-Type; at most 20 MB. The applicant’s side, handlers and the window clerk who filed it may attach; read-only supervisors and auditors get 403.
     */
    post: operations['attachFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the request list to Excel
     * @description The filters (without paging) and visibility of GET /requests, newest first. At most 100,000 rows; if there are more, the last row says to narrow the filters.
     */
    get: operations['exportRequestsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Figures: requests by status, working days per process and department (median, p95), overdue, ratings
     * @description Counts only what the caller may read (an enterprise its own requests, staff what they handled, supervisors and admins everything). Durations in official working days (调休 included).
     */
    get: operations['getStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/growth-point-reports/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export who has and has not reported in a growth-point month
     * @description One row per monitored enterprise: whether and when it reported, its supervision group and responsible official, the request’s number and status. Supervisors and administrators; anyone else gets 403.
     */
    get: operations['exportGrowthPointReportsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The inbox: open tasks, decided ones, or copies sent to the caller; filtered and paged */
    get: operations['listTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A task with its request
     * @description A task the caller may not read is 404, exactly like one that does not exist.
     */
    get: operations['getTask'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Act on a task: approve, reject, comment, return, transfer, delegate, add or remove signers, take back, request an extension
     * @description When two people decide the same task at once, one wins and the other gets 409 TASK_ALREADY_DECIDED. A task the caller cannot see is 404; one they can see but may not decide is 403.
     */
    post: operations['actOnTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/what-if': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What-if: which tasks, steps and deadlines an action would change
     * @description The same body as `POST /tasks/{id}/actions`, but nothing changes: the engine applies the action to a copy of the request’s current state. An action the engine would refuse gets the same error.
     */
    post: operations['previewTaskAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/batch-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or reject several tasks at once
     * @description Each task is decided in turn exactly as `POST /tasks/{id}/actions` would (the same checks); one refused task does not stop the others, and the answer lists each. At most 50 per batch. Retrying with the same Idempotency-Key decides nothing twice.
     */
    post: operations['actOnTasksInBatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many tasks each inbox view holds */
    get: operations['countTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export an inbox view to Excel
     * @description The caller’s own tasks only; the view, filters and order of GET /tasks (without paging). At most 100,000 rows; if there are more, the last row says to narrow the filters.
     */
    get: operations['exportTasksXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/temporal-codec/decode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decode sealed Temporal payloads (audited)
     * @description Form data in Temporal is sealed with AES-256-GCM. This is the Temporal codec server protocol for the Temporal UI (Codec Server setting, with credentials included) and the CLI (--codec-endpoint, --codec-header "Cookie=tongban_session=…"); administrators only, anyone else gets 403. Every call that opens a sealed payload is first appended to the administration audit chain (who, the X-Namespace namespace, how many, which key ids); if it cannot be, 503 and nothing is returned. Payloads that were never sealed come back as they were.
     */
    post: operations['decodeTemporalPayloads'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/temporal-codec/encode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Seal Temporal payloads
     * @description Form data in Temporal is sealed with AES-256-GCM. This is the Temporal codec server protocol for the Temporal UI (Codec Server setting, with credentials included) and the CLI (--codec-endpoint, --codec-header "Cookie=tongban_session=…"); administrators only, anyone else gets 403. Seals with the current key (the input of a signal sent from the Temporal UI, for instance).
     */
    post: operations['encodeTemporalPayloads'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Users and the people search, paged
     * @description Administrators see every account (with username, active flag and substitute); supervisors, staff, window clerks and enterprise applicants see active people who handle tasks (name, organisation and roles only; searched by name), for the transfer, delegate and substitute pickers and a form’s person picker (e.g. the contact person); window clerks also find enterprises’ applicants; an enterprise’s people stay hidden from other enterprises; auditors get 403.
     */
    get: operations['listUsers'];
    put?: never;
    /**
     * Create a user
     * @description Administrators only. The id is u-<username>; the password is stored as argon2id.
     */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A user
     * @description A user the caller may not see is 404, like one that does not exist.
     */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a user: name, organisation, roles, password, deactivate
     * @description Administrators only. A new password or deactivation ends the user’s sessions at once; nobody can deactivate themselves or drop their own admin role.
     */
    patch: operations['updateUser'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description The request after the decision, with the next step already projected */
    ActionResult: {
      request: components['schemas']['RequestView'];
    };
    /** @description A file kept in GridFS: attached to a request, or uploaded into a form not yet submitted */
    Attachment: {
      /** @description What the bytes are (sniffed), not what the uploader said */
      contentType: string;
      /** @example att-0f3c9a7d2b1e4c5a8d6f7e901a2b3c4d */
      id: string;
      name: string;
      sha256: string;
      size: number;
      /** Format: date-time */
      uploadedAt: string;
      uploadedBy: {
        displayName: string;
        userId: string;
      };
    };
    /** @description One entry of a request’s audit chain or of the administration chain */
    AuditEntry: {
      action: string;
      /** @description null: the system (a timer, the end of the process) */
      actor: {
        displayName: string;
        /** @description A substitute acted for this person (代理) */
        onBehalfOf?: {
          displayName: string;
          userId: string;
        } & {
          [key: string]: unknown;
        };
        orgId: string;
        orgName: string;
        userId: string;
      } | null;
      /** Format: date-time */
      at: string;
      /**
       * @description request: a request’s chain; administration: the one chain of administrative changes
       * @enum {string}
       */
      chain: 'request' | 'administration';
      comment?: string;
      /** @description What else happened; on administrative entries `changes` ({ field: { before, after } }, null where none), `passwordChanged` (never the password) */
      detail?: {
        [key: string]: unknown;
      };
      /** @description SHA-256 over this entry and prevHash (entries written since hash version 2: every stored field) */
      hash: string;
      /**
       * @description `requestId:seq`, or `administration:seq`
       * @example req-0f3c9a7d2b1e4c5a8d6f7e90:00000002
       */
      id: string;
      /** @description Administrative entries: what was changed */
      object?: {
        id: string;
        /** @enum {string} */
        kind: 'organisation' | 'user' | 'form' | 'process' | 'dictionary' | 'namespace';
        /** @description Its name at the time */
        name: string;
      };
      /** @description The previous entry’s hash (64 zeros for the first) */
      prevHash: string;
      /** @description Request entries */
      processKey?: string;
      /** @description Request entries */
      requestId?: string;
      seq: number;
      stepId?: string;
      target?: {
        displayName: string;
        orgName: string;
        userId: string;
      };
      to?: string;
    };
    AuditPage: {
      items: components['schemas']['AuditEntry'][];
      page: number;
      pageSize: number;
      total: number;
    };
    /** @description Whether the audit chains hold, and where each broken one first breaks */
    AuditVerification: {
      /** @description The administration chain (absent when one request was checked) */
      administration?: {
        /** @description The first entry that does not verify */
        brokenAtSeq?: number;
        entries: number;
        ok: boolean;
        /**
         * @description hash_mismatch: the entry was edited; broken_link: its prevHash is not the previous hash; gap: an entry is missing; truncated: the chain ends before its anchor (the request’s record, the administration chain’s head) says it reached
         * @enum {string}
         */
        reason?: 'hash_mismatch' | 'broken_link' | 'gap' | 'truncated';
      };
      broken: {
        /** @description The first entry that does not verify */
        brokenAtSeq: number;
        /**
         * @description hash_mismatch: the entry was edited; broken_link: its prevHash is not the previous hash; gap: an entry is missing; truncated: the chain ends before its anchor (the request’s record, the administration chain’s head) says it reached
         * @enum {string}
         */
        reason: 'hash_mismatch' | 'broken_link' | 'gap' | 'truncated';
        requestId: string;
      }[];
      /** @description Entries checked */
      entries: number;
      /** @description Every chain checked holds */
      ok: boolean;
      /** @description Chains checked */
      requests: number;
    };
    /**
     * @example {
     *       "action": "approve",
     *       "taskIds": [
     *         "req-0f3c9a7d2b1e4c5a8d6f7e90.1"
     *       ],
     *       "comment": "同意"
     *     }
     */
    BatchActionBody: {
      /**
       * @description 批量同意 approve or 批量驳回 reject (needs a comment)
       * @enum {string}
       */
      action: 'approve' | 'reject';
      /** @description The same opinion on every task */
      comment?: string;
      taskIds: string[];
    };
    /** @description What happened to each task, in the order sent */
    BatchResult: {
      failed: number;
      results: (
        | {
            /** @constant */
            ok: true;
            requestId: string;
            /** @description The request after this decision */
            requestStatus: string;
            taskId: string;
          }
        | {
            error: {
              /** @description As `POST /tasks/{id}/actions` would answer */
              code: string;
              message: string;
            };
            /** @constant */
            ok: false;
            taskId: string;
          }
      )[];
      succeeded: number;
    };
    CaslRule: {
      action: string | string[];
      conditions?: {
        [key: string]: unknown;
      };
      fields?: string | string[];
      inverted?: boolean;
      reason?: string;
      subject: string | string[];
    } & {
      [key: string]: unknown;
    };
    CatalogueItem: {
      description: string;
      form: {
        example?: {
          [key: string]: unknown;
        };
        /** @description JSON Schema of the form */
        schema: {
          [key: string]: unknown;
        };
        uiSchema?: {
          [key: string]: unknown;
        };
      };
      key: string;
      name: string;
      version: number;
    };
    CatalogueList: {
      items: components['schemas']['CatalogueItem'][];
    };
    CreateOrganisationBody: {
      /**
       * @description 住所 (registered address)
       * @example 湖北省孝感市云梦县城关镇楚王城大道 88 号
       */
      address?: string;
      /**
       * @description The organisation’s telephone: a mobile or a landline
       * @example 0712-4321678
       */
      contactPhone?: string;
      /** @description 统一社会信用代码: 18 characters with its check character */
      creditCode?: string;
      /**
       * @description Chosen id; generated when absent
       * @example org-yunmeng-tax-bureau
       */
      id?: string;
      /** @enum {string} */
      kind: 'department' | 'bank' | 'enterprise';
      /**
       * @description 法定代表人
       * @example 王建国
       */
      legalRepresentative?: string;
      name: string;
      nameEn?: string;
      /**
       * @description What the 办件编号 of requests this organisation accepts open with (1–16 characters, no spaces or |)
       * @example 云梦招商
       */
      numberPrefix?: string;
      /**
       * @description The organisation it belongs to (e.g. a bank branch)
       * @example org-yunmeng-tax-bureau
       */
      parentId?: string;
    };
    /**
     * @example {
     *       "username": "lisi",
     *       "displayName": "李四",
     *       "orgId": "org-yunmeng-investment-centre",
     *       "roles": [
     *         "handler"
     *       ],
     *       "password": "a-long-passphrase"
     *     }
     */
    CreateUserBody: {
      /** @description Default true */
      active?: boolean;
      displayName: string;
      /**
       * @description `org-` and lowercase letters, digits, hyphens
       * @example org-yunmeng-tax-bureau
       */
      orgId: string;
      /** @description At least 8 characters; stored as argon2id */
      password: string;
      roles: ('applicant' | 'handler' | 'leader' | 'bank_officer' | 'supervisor' | 'auditor' | 'admin' | 'window')[];
      /**
       * @description 2–32 of a-z 0-9 _ . -, starting with a letter or digit
       * @example lisi
       */
      username: string;
    };
    /**
     * @description A draft: the definition as the designer has it now
     * @example {
     *       "definition": {
     *         "key": "tax-refund",
     *         "title": {
     *           "zh": "退税申请"
     *         },
     *         "schema": {
     *           "type": "object",
     *           "properties": {
     *             "amount": {
     *               "type": "number",
     *               "title": "金额"
     *             }
     *           }
     *         },
     *         "uiSchema": {},
     *         "example": {
     *           "amount": 1
     *         }
     *       }
     *     }
     */
    DefinitionDraftBody: {
      /** @description The form (key, title, schema, uiSchema, example) or process definition (key, name, form, steps); `version` is set by the server */
      definition: {
        /**
         * @description Lowercase letters, digits and hyphens
         * @example loan-renewal
         */
        key: string;
      } & {
        [key: string]: unknown;
      };
    };
    /** @description A definition file; `POST …/import` reads it back */
    DefinitionExport: {
      definition: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      exportedAt: string;
      /** @enum {string} */
      format: 'tongban.form/v1' | 'tongban.process/v1';
      sourceVersion: number;
    };
    /** @description A file written by `…/export`; becomes a new draft version of its key */
    DefinitionImportBody: {
      /** @description The form (key, title, schema, uiSchema, example) or process definition (key, name, form, steps); `version` is set by the server */
      definition: {
        /**
         * @description Lowercase letters, digits and hyphens
         * @example loan-renewal
         */
        key: string;
      } & {
        [key: string]: unknown;
      };
      exportedAt?: string;
      /**
       * @description From the exported file
       * @enum {string}
       */
      format: 'tongban.form/v1' | 'tongban.process/v1';
      /** @description The version it was exported from (informative) */
      sourceVersion?: number;
    };
    DefinitionList: {
      items: {
        key: string;
        /** @description Of the newest version, in the caller’s language */
        name: string;
        versions: {
          revision: number;
          /** @enum {string} */
          status: 'draft' | 'published' | 'archived';
          /** Format: date-time */
          updatedAt?: string;
          version: number;
        }[];
      }[];
    };
    /** @description One version of a form or process definition */
    DefinitionVersion: {
      /** Format: date-time */
      archivedAt?: string;
      /** Format: date-time */
      createdAt?: string;
      definition: {
        [key: string]: unknown;
      };
      key: string;
      /** @enum {string} */
      kind: 'forms' | 'processes';
      /** Format: date-time */
      publishedAt?: string;
      /** @description The ETag is `"r<revision>"` */
      revision: number;
      /** @enum {string} */
      status: 'draft' | 'published' | 'archived';
      /** Format: date-time */
      updatedAt?: string;
      /** @description User id of the last change */
      updatedBy?: string;
      version: number;
    };
    /** @description A user: directory fields for staff, the account for administrators */
    DirectoryUser: {
      /** @description Administrators only */
      active?: boolean;
      displayName: string;
      /** @example u-zhaoshang */
      id: string;
      orgId: string;
      orgName: string;
      roles: ('applicant' | 'handler' | 'leader' | 'bank_officer' | 'supervisor' | 'auditor' | 'admin' | 'window')[];
      /** @description Administrators only */
      substitute?: components['schemas']['Substitute'];
      /** @description Administrators only */
      username?: string;
    };
    /** @description The error body of every 4xx and 5xx */
    ErrorBody: {
      error: {
        /** @description Stable code; see each response for the codes it can carry */
        code: string;
        /** @description One entry per invalid field (400, 422) */
        fields?: components['schemas']['FieldError'][];
        /** @description zh-CN unless Accept-Language prefers English */
        message: string;
      };
    };
    FieldError: {
      /** @description In the caller's language */
      message: string;
      /**
       * @description JSON Pointer of the field
       * @example /loanAmount
       */
      path: string;
    };
    Health: {
      database: boolean;
      /** @enum {string} */
      status: 'ok' | 'unavailable';
      temporal: boolean;
      /** @description A worker polled Tongban's task queue recently */
      worker: boolean;
    };
    /**
     * @example {
     *       "username": "qiye",
     *       "password": "tongban123"
     *     }
     */
    LoginBody: {
      password: string;
      username: string;
    };
    /** @description An in-app notification (站内通知) */
    Notification: {
      /** Format: date-time */
      createdAt: string;
      id: string;
      /** @description assignment, reminder, yellow, red, escalation, returned, completed, urge, … */
      kind: string;
      /** Format: date-time */
      readAt?: string;
      requestId: string;
      /** @description The request’s 办件编号, which the notification names */
      requestNumber?: string;
      stepId?: string;
      /** @description In the caller’s language */
      title: string;
    };
    NotificationPage: {
      items: components['schemas']['Notification'][];
      page: number;
      pageSize: number;
      total: number;
      /** @description Unread notifications in all (the badge) */
      unread: number;
    };
    /** @description The channels a user chose besides in-app notifications (always on) */
    NotificationPreferences: {
      email?: {
        address: string;
        enabled: boolean;
      };
      mutedKinds: string[];
      robot?: {
        enabled: boolean;
        url: string;
      };
      sms?: {
        enabled: boolean;
        phone: string;
      };
    };
    /**
     * @example {
     *       "email": {
     *         "enabled": true,
     *         "address": "zhangwei@yunmeng.gov.cn"
     *       },
     *       "mutedKinds": [
     *         "reminder"
     *       ]
     *     }
     */
    NotificationPreferencesBody: {
      email?: {
        /** Format: email */
        address: string;
        enabled: boolean;
      };
      /**
       * @description Notification kinds kept in-app only (e.g. reminder)
       * @default []
       */
      mutedKinds: string[];
      robot?: {
        enabled: boolean;
        /**
         * Format: uri
         * @description A DingTalk or WeCom group robot webhook (https://oapi.dingtalk.com or https://qyapi.weixin.qq.com)
         */
        url: string;
      };
      sms?: {
        enabled: boolean;
        /**
         * @description A mainland mobile number
         * @example 13800138000
         */
        phone: string;
      };
    };
    Organisation: {
      /** @description 住所 (enterprises): prefills its applications */
      address?: string;
      /** @description The organisation’s telephone */
      contactPhone?: string;
      /** @description 统一社会信用代码 (enterprises): the window clerk finds an enterprise by it */
      creditCode?: string;
      /** @example org-yunmeng-investment-centre */
      id: string;
      /** @enum {string} */
      kind: 'department' | 'bank' | 'enterprise';
      /** @description 法定代表人 (enterprises): prefills its applications */
      legalRepresentative?: string;
      name: string;
      nameEn?: string;
      /** @description What the 办件编号 of requests it accepts open with; absent: the first 8 characters of its name */
      numberPrefix?: string;
      parentId?: string;
    };
    OrganisationPage: {
      items: components['schemas']['Organisation'][];
      page: number;
      pageSize: number;
      /** @description Items in all pages */
      total: number;
    };
    Party: {
      displayName: string;
      orgId: string;
      orgName: string;
      userId: string;
    } & {
      [key: string]: unknown;
    };
    /** @description The signed-in user and the CASL rules that say what they may do */
    Profile: {
      rules: components['schemas']['CaslRule'][];
      user: components['schemas']['User'];
    };
    Readiness: {
      database: boolean;
      /** @enum {string} */
      status: 'ready' | 'unavailable';
      temporal: boolean;
    };
    RequestList: {
      items: components['schemas']['RequestSummary'][];
      page: number;
      pageSize: number;
      /** @description Items in all pages */
      total: number;
    };
    RequestSummary: {
      /**
       * @description After a bad rating: 整改 (rectifying), 回访 (following_up), or closed
       * @enum {string}
       */
      aftercare?: 'rectifying' | 'following_up' | 'closed';
      applicant: components['schemas']['Party'];
      /**
       * Format: date-time
       * @description ISO 8601 instant
       */
      completedAt?: string;
      /**
       * Format: date-time
       * @description ISO 8601 instant
       */
      createdAt: string;
      currentStepNames: string[];
      /** @description The whole request’s clock (办结时限): on_time, reminded, yellow (黄牌) or red (红牌); paused during 补正 */
      deadline?: {
        /**
         * @description 时限预警: the working days left cannot hold the steps to come
         * @constant
         */
        atRisk?: true;
        /**
         * Format: date-time
         * @description ISO 8601 instant
         */
        dueAt: string;
        level: string;
        paused: boolean;
        /** @description Working days after today up to the last day, by the official calendar (0 on the last day, negative once late); absent while paused */
        workingDaysLeft?: number;
      };
      /** @description 窗口受理 / 代办: the window clerk who filed it for the applicant, with their department */
      filedBy?: components['schemas']['Party'];
      /** @description 督办: flagged by a supervisor */
      flagged?: boolean;
      /** @description The stable internal id: URLs, the API and the workflow use it */
      id: string;
      /**
       * @description 办件编号 as people read it: the accepting office’s prefix, the China date of submission, the day’s position; absent on requests filed before numbers existed
       * @example 云梦招商-20261202-0001
       */
      number?: string;
      processKey: string;
      processName: string;
      processVersion: number;
      /** @description 好差评: 5 非常满意 … 1 非常不满意 */
      rating?: {
        /**
         * Format: date-time
         * @description ISO 8601 instant
         */
        at: string;
        comment?: string;
        grade: number;
      };
      /**
       * Format: date-time
       * @description After 办结: the applicant may rate (好差评) until then
       */
      ratingOpenUntil?: string;
      /** @enum {string} */
      status: 'in_progress' | 'returned' | 'completed' | 'rejected' | 'withdrawn';
      /**
       * Format: date-time
       * @description ISO 8601 instant
       */
      updatedAt: string;
    };
    /** @description A request with its data, the form to render it, its steps and its timeline */
    RequestView: {
      /**
       * @description After a bad rating: 整改 (rectifying), 回访 (following_up), or closed
       * @enum {string}
       */
      aftercare?: 'rectifying' | 'following_up' | 'closed';
      applicant: components['schemas']['Party'];
      /**
       * Format: date-time
       * @description ISO 8601 instant
       */
      completedAt?: string;
      /**
       * Format: date-time
       * @description ISO 8601 instant
       */
      createdAt: string;
      currentStepNames: string[];
      data: {
        [key: string]: unknown;
      };
      /** @description The whole request’s clock (办结时限): on_time, reminded, yellow (黄牌) or red (红牌); paused during 补正 */
      deadline?: {
        /**
         * @description 时限预警: the working days left cannot hold the steps to come
         * @constant
         */
        atRisk?: true;
        /**
         * Format: date-time
         * @description ISO 8601 instant
         */
        dueAt: string;
        level: string;
        paused: boolean;
        /** @description Working days after today up to the last day, by the official calendar (0 on the last day, negative once late); absent while paused */
        workingDaysLeft?: number;
      };
      /** @description 窗口受理 / 代办: the window clerk who filed it for the applicant, with their department */
      filedBy?: components['schemas']['Party'];
      /** @description 督办: flagged by a supervisor */
      flagged?: boolean;
      form: {
        schema: {
          [key: string]: unknown;
        };
        uiSchema?: {
          [key: string]: unknown;
        };
      } | null;
      /** @description The stable internal id: URLs, the API and the workflow use it */
      id: string;
      /**
       * @description 办件编号 as people read it: the accepting office’s prefix, the China date of submission, the day’s position; absent on requests filed before numbers existed
       * @example 云梦招商-20261202-0001
       */
      number?: string;
      processKey: string;
      processName: string;
      processVersion: number;
      /** @description 好差评: 5 非常满意 … 1 非常不满意 */
      rating?: {
        /**
         * Format: date-time
         * @description ISO 8601 instant
         */
        at: string;
        comment?: string;
        grade: number;
      };
      /**
       * Format: date-time
       * @description After 办结: the applicant may rate (好差评) until then
       */
      ratingOpenUntil?: string;
      /** @enum {string} */
      status: 'in_progress' | 'returned' | 'completed' | 'rejected' | 'withdrawn';
      /** @description What each fill (填报) step’s party submitted, by step id */
      stepData: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
      /** @description The form of each fill step in `stepData`, by step id, to show what it submitted */
      stepForms: {
        [key: string]: {
          schema: {
            [key: string]: unknown;
          };
          title: string;
          uiSchema?: {
            [key: string]: unknown;
          };
        };
      };
      steps: {
        id: string;
        /**
         * @description A step of the lead department’s branch (牵头部门) of a parallel step
         * @constant
         */
        lead?: true;
        name: string;
        /** @enum {string} */
        status: 'pending' | 'active' | 'approved' | 'rejected' | 'skipped' | 'completed';
      }[];
      timeline: components['schemas']['TimelineEntry'][];
      /**
       * Format: date-time
       * @description ISO 8601 instant
       */
      updatedAt: string;
    };
    /** @description A saved list view: which list, and its filters as query parameters */
    SavedView: {
      /** Format: date-time */
      createdAt: string;
      filters: {
        [key: string]: string | number;
      };
      /** @example view-3f2b8c1e7a4d */
      id: string;
      /** @enum {string} */
      list: 'tasks' | 'requests';
      name: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /**
     * @example {
     *       "name": "续贷待办",
     *       "list": "tasks",
     *       "filters": {
     *         "status": "open",
     *         "processKey": "loan-renewal"
     *       }
     *     }
     */
    SavedViewBody: {
      /** @description Query parameters of that list (not page or pageSize); checked like the list checks them */
      filters: {
        [key: string]: string | number;
      };
      /**
       * @description `tasks`: GET /tasks; `requests`: GET /requests
       * @enum {string}
       */
      list: 'tasks' | 'requests';
      name: string;
    };
    SavedViewList: {
      items: components['schemas']['SavedView'][];
    };
    StartedRequest: {
      /** @example req-0f3c9a7d2b1e4c5a8d6f7e90 */
      id: string;
      /** @description in_progress once the first step has its tasks */
      status: string;
    };
    /** @description Start a request (办件) of a published process. */
    StartRequestBody: {
      /** @description The form's data; validated against the process's published form (422 FORM_INVALID) */
      data: {
        [key: string]: unknown;
      };
      /** @description 窗口受理 / 代办, window staff only: file the request for an enterprise. That person is the applicant; the record also shows who filed it (`filedBy`). */
      onBehalfOf?: {
        /** @description The enterprise person the request is for: an active applicant user */
        userId: string;
      };
      /**
       * @description A process from `GET /processes`
       * @example loan-renewal
       */
      processKey: string;
    };
    /** @description Figures over what the caller may read */
    Stats: {
      /** @description Requests per accepting office (受理单位), most first: the list’s `orgId` filter */
      acceptingOrgs: {
        inProgress: number;
        orgId: string;
        orgName: string;
        total: number;
      }[];
      /** @description Per handling organisation (办理部门), most overdue first: the requests it holds and how fast it decided its tasks */
      departments: {
        /** @description Tasks decided (approved or rejected) */
        decided: number;
        /** @description Requests the organisation handles now (one of its people holds an open task): the list’s `handlingOrgId` filter */
        inProgress: number;
        /** @description From a task’s assignment to its decision */
        medianWorkingDays: number | null;
        orgId: string;
        orgName: string;
        /** @description Of those, the ones 黄牌 or 红牌: the list’s `handlingOrgId` with `deadline=overdue` */
        overdue: number;
        /** @description Working days (official calendar); null when there is nothing to measure */
        p95WorkingDays: number | null;
      }[];
      /** Format: date-time */
      generatedAt: string;
      /** @description 重大增长点监测: the reporting rate per report month, newest first */
      growthPointReporting: {
        /** @description Monthly report requests opened */
        expected: number;
        /** @example 2026-11 */
        month: string;
        /** @description reported / expected, two decimals */
        rate: number | null;
        /** @description Of those, the enterprise has submitted */
        reported: number;
      }[];
      processes: {
        completed: number;
        /** @description From submission to 办结, completed requests */
        medianWorkingDays: number | null;
        /** @description Working days (official calendar); null when there is nothing to measure */
        p95WorkingDays: number | null;
        processKey: string;
        processName: string;
        ratings: {
          /** @description 1–5, two decimals; null without ratings */
          average: number | null;
          count: number;
        };
        total: number;
      }[];
      /** @description “321”: projects signed (签约), started (开工) and in production (投产) */
      projects321: {
        /** @description Projects filed each day, by the stage they reported, oldest first */
        byDay: {
          /** @description China date */
          date: string;
          inProduction: number;
          signed: number;
          started: number;
        }[];
        byStage: {
          inProduction: number;
          signed: number;
          started: number;
        };
      };
      ratings: {
        /** @description 1–5, two decimals; null without ratings */
        average: number | null;
        /** @description "1"…"5" */
        byGrade: {
          [key: string]: number;
        };
        count: number;
      };
      requests: {
        /** @description Running requests by how late they are (the worst clock under way): on_time, reminded, yellow 黄牌, red 红牌; the list’s `deadline` filter */
        byDeadline: {
          [key: string]: number;
        };
        /** @description in_progress, returned, completed, … */
        byStatus: {
          [key: string]: number;
        };
        total: number;
      };
    };
    /** @description Who gets the user’s new tasks while they are away (代理人) */
    Substitute: {
      /** @description YYYY-MM-DD, China time */
      from: string;
      /** @description YYYY-MM-DD, inclusive */
      to: string;
      userId: string;
    };
    /**
     * @example {
     *       "userId": "u-lisi",
     *       "from": "2026-12-01",
     *       "to": "2026-12-05"
     *     }
     */
    SubstituteBody: {
      /**
       * Format: date
       * @description YYYY-MM-DD (China time)
       * @example 2026-12-01
       */
      from: string;
      /**
       * Format: date
       * @description Last day, inclusive (YYYY-MM-DD)
       * @example 2026-12-01
       */
      to: string;
      /** @description An active colleague who can hold tasks (from `GET /users`) */
      userId: string;
    };
    SubstituteResult: {
      substitute: components['schemas']['Substitute'] | null;
    };
    /**
     * @example {
     *       "action": "approve",
     *       "comment": "材料齐全，同意"
     *     }
     * @example {
     *       "action": "return",
     *       "to": "applicant",
     *       "comment": "请补充近三个月财务报表"
     *     }
     * @example {
     *       "action": "add_signer",
     *       "signerUserIds": [
     *         "u-fawu"
     *       ],
     *       "position": "before",
     *       "signerMode": "all",
     *       "comment": "请法务先审"
     *     }
     * @example {
     *       "action": "request_extension",
     *       "workingDays": 2,
     *       "comment": "需等待现场核查"
     *     }
     */
    TaskActionBody: {
      /**
       * @description 同意 approve, 驳回 reject, 评论 comment, 退回 return (with `to`), 转交 transfer and 委派 delegate (with `targetUserId`), 拿回 take_back (one’s own last approval), 加签 add_signer (with `signerUserIds`, `position`, `signerMode`), 减签 remove_signer (with `targetUserId`), 申请延期 request_extension (with `workingDays` and a reason in `comment`)
       * @enum {string}
       */
      action:
        | 'approve'
        | 'reject'
        | 'comment'
        | 'return'
        | 'transfer'
        | 'delegate'
        | 'take_back'
        | 'add_signer'
        | 'remove_signer'
        | 'request_extension';
      /** @description The opinion (审批意见); required to reject, return or comment */
      comment?: string;
      /** @description `approve` on a fill (填报) task: the form data, validated against the step’s form (422 FORM_INVALID). On an approval task: corrections to the request form’s fields the step may edit (403 FIELD_NOT_EDITABLE otherwise) */
      data?: {
        [key: string]: unknown;
      };
      /**
       * @description `add_signer` only: 前加签 before me, 后加签 after my approval, 并加签 alongside me
       * @enum {string}
       */
      position?: 'before' | 'after' | 'alongside';
      /**
       * @description `add_signer` only: how the added people decide (default all)
       * @enum {string}
       */
      signerMode?: 'any' | 'all' | 'sequential';
      /** @description `add_signer` only: the people to add, in the order they sign when sequential */
      signerUserIds?: string[];
      /** @description `transfer` / `delegate`: the user who gets the task; `remove_signer`: the added signer to remove */
      targetUserId?: string;
      /** @description `return` only: `applicant` (退回补正) or the id of an earlier approved step */
      to?: string;
      /** @description `request_extension` only: how many more working days */
      workingDays?: number;
    };
    TaskCounts: {
      /** @description 抄送我 */
      cc: number;
      /** @description 已办 */
      done: number;
      /** @description 待办 */
      open: number;
    };
    TaskDetail: {
      /** @description People this task’s handler added (加签) who have not decided yet: whom 减签 may remove */
      addedSigners: {
        displayName: string;
        /** @enum {string} */
        status: 'open' | 'waiting';
        userId: string;
      }[];
      /** @description Per request-form field: what this step may do with it (unnamed fields: read) */
      fieldPermissions: {
        [key: string]: 'read' | 'edit' | 'hidden';
      };
      /** @description A fill (填报) task: the form to submit with `approve` and `data` */
      fillForm?: {
        schema: {
          [key: string]: unknown;
        };
        uiSchema?: {
          [key: string]: unknown;
        };
      };
      /** @description The request as this step may see it: fields the step hides are left out of the data and the form */
      request: components['schemas']['RequestView'];
      /** @description Earlier approved steps this open task may return the request to (besides the applicant) */
      returnTargets: {
        name: string;
        stepId: string;
      }[];
      task: components['schemas']['TaskView'];
    };
    TaskList: {
      items: components['schemas']['TaskView'][];
      page: number;
      pageSize: number;
      /** @description Items in all pages */
      total: number;
    };
    TaskView: {
      applicantOrgName: string;
      /**
       * Format: date-time
       * @description ISO 8601 instant
       */
      createdAt: string;
      /** @description The step’s time limit, while the task still waits on its holder */
      deadline?: {
        /**
         * Format: date-time
         * @description ISO 8601 instant
         */
        dueAt: string;
        /**
         * @description 黄牌 at the deadline, 红牌 later
         * @enum {string}
         */
        level: 'on_time' | 'reminded' | 'yellow' | 'red';
        /** @description Working days after today up to the last day, by the official calendar (0 on the last day, negative once late) */
        workingDaysLeft: number;
      };
      /**
       * Format: date-time
       * @description ISO 8601 instant
       */
      decidedAt?: string;
      id: string;
      /**
       * @description Not the step’s own decision: an added signer (加签), a 延期 to decide, a copy (抄送), an escalation
       * @enum {string}
       */
      kind?: 'signer' | 'extension' | 'cc' | 'escalation';
      /** @description A substitute’s task: done for this absent person (代理) */
      onBehalfOf?: {
        displayName: string;
        userId: string;
      };
      processKey: string;
      processName: string;
      requestId: string;
      /** @description The request’s 办件编号 */
      requestNumber?: string;
      /**
       * @description informed: a copy (抄送); waiting: not its turn yet
       * @enum {string}
       */
      status: 'waiting' | 'open' | 'approved' | 'rejected' | 'cancelled' | 'delegated' | 'transferred' | 'informed';
      stepId: string;
      stepName: string;
    };
    TimelineEntry: {
      /** @description submit, approve, reject, comment, complete, … */
      action: string;
      actor: {
        displayName: string;
        /** @description A substitute acted for this absent person (代理) */
        onBehalfOf?: {
          displayName: string;
          userId: string;
        };
        orgName: string;
        userId: string;
      } | null;
      /**
       * Format: date-time
       * @description ISO 8601 instant
       */
      at: string;
      /** @description The opinion; left out of internal entries for the applicant’s side */
      comment?: string;
      /** @description What else the entry says: signers added, a new deadline, a grade, corrected fields */
      detail?: {
        [key: string]: unknown;
      };
      /**
       * @description Staff only: an internal opinion (hand-over notes)
       * @constant
       */
      internal?: true;
      seq: number;
      stepId?: string;
      stepName?: string;
      /** @description A transfer or delegation: to whom */
      target?: {
        displayName: string;
        orgName: string;
        userId: string;
      };
      /** @description A return: `applicant` or the step it went back to */
      to?: string;
    };
    UpdateOrganisationBody: {
      /** @description `null` removes it */
      address?: string | null;
      /** @description `null` removes it */
      contactPhone?: string | null;
      /** @description `null` removes it */
      creditCode?: string | null;
      /** @enum {string} */
      kind?: 'department' | 'bank' | 'enterprise';
      /** @description `null` removes it */
      legalRepresentative?: string | null;
      name?: string;
      /** @description `null` removes it */
      nameEn?: string | null;
      /** @description `null` goes back to the default from the name */
      numberPrefix?: string | null;
      /** @description `null` removes it */
      parentId?: string | null;
    };
    /**
     * @example {
     *       "roles": [
     *         "handler",
     *         "leader"
     *       ]
     *     }
     * @example {
     *       "active": false
     *     }
     */
    UpdateUserBody: {
      /** @description `false` deactivates (users are never deleted: history names them) */
      active?: boolean;
      displayName?: string;
      /**
       * @description `org-` and lowercase letters, digits, hyphens
       * @example org-yunmeng-tax-bureau
       */
      orgId?: string;
      /** @description A new password; ends the user’s sessions */
      password?: string;
      roles?: ('applicant' | 'handler' | 'leader' | 'bank_officer' | 'supervisor' | 'auditor' | 'admin' | 'window')[];
    };
    User: {
      displayName: string;
      id: string;
      orgId: string;
      orgName: string;
      roles: ('applicant' | 'handler' | 'leader' | 'bank_officer' | 'supervisor' | 'auditor' | 'admin' | 'window')[];
      username: string;
    };
    UserPage: {
      items: components['schemas']['DirectoryUser'][];
      page: number;
      pageSize: number;
      /** @description Items in all pages */
      total: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  uploadFormFile: {
    parameters: {
      query: {
        /** @description The file name as the uploader sees it, e.g. 营业执照.pdf */
        name: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The file’s bytes */
    requestBody: {
      content: {
        '*/*': string;
      };
    };
    responses: {
      /** @description Stored, waiting for its form */
      201: {
        headers: {
          /** @description /api/v1/attachments/{id} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attachment'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `ATTACHMENT_EMPTY`: The file is empty
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'ATTACHMENT_EMPTY' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `ATTACHMENT_NOT_ALLOWED`: Only the applicant’s side and the people handling it may attach files
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ATTACHMENT_NOT_ALLOWED' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `ATTACHMENTS_WAITING_LIMIT`: Too many uploaded files wait for a form to be submitted (at most 50, 200 MB in all); submit or remove some first
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ATTACHMENTS_WAITING_LIMIT' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /**
       * @description - `ATTACHMENT_TYPE_NOT_ALLOWED`: Only PDF, images (PNG/JPEG/WebP/TIFF), Office documents, OFD and ZIP, whose content matches their extension
       *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ATTACHMENT_TYPE_NOT_ALLOWED' | 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  downloadAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          /** @description attachment; filename*=UTF-8''… */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': unknown;
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `ATTACHMENT_NOT_FOUND`: No such attachment */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ATTACHMENT_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  deleteFormFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `ATTACHMENT_NOT_FOUND`: No such attachment */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ATTACHMENT_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `ATTACHMENT_SUBMITTED`: This file was submitted with a request and is part of its record; it cannot be deleted
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ATTACHMENT_SUBMITTED' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listAudit: {
    parameters: {
      query?: {
        /** @description approve, reject, return, transfer, … */
        action?: string;
        /** @description Entries by this user */
        actorId?: string;
        /** @description administration: changes to organisations, users, definitions, substitutes, lockouts; request: requests’ entries */
        chain?: 'administration' | 'request';
        /** @description At or after this instant */
        from?: string;
        /** @description Administrative entries about this object (an organisation or user id, `key@version`) */
        objectId?: string;
        /** @description Administrative entries about this kind of object */
        objectKind?: 'organisation' | 'user' | 'form' | 'process' | 'dictionary' | 'namespace';
        /** @description Page number, from 1 */
        page?: number;
        /** @description Items per page (1–100, default 20) */
        pageSize?: number;
        processKey?: string;
        /** @description One request’s chain, by its id or its 办件编号 */
        requestId?: string;
        /** @description Before this instant */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  exportAuditCsv: {
    parameters: {
      query?: {
        /** @description approve, reject, return, transfer, … */
        action?: string;
        /** @description Entries by this user */
        actorId?: string;
        /** @description administration: changes to organisations, users, definitions, substitutes, lockouts; request: requests’ entries */
        chain?: 'administration' | 'request';
        /** @description At or after this instant */
        from?: string;
        /** @description Administrative entries about this object (an organisation or user id, `key@version`) */
        objectId?: string;
        /** @description Administrative entries about this kind of object */
        objectKind?: 'organisation' | 'user' | 'form' | 'process' | 'dictionary' | 'namespace';
        processKey?: string;
        /** @description One request’s chain, by its id or its 办件编号 */
        requestId?: string;
        /** @description Before this instant */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file */
      200: {
        headers: {
          /** @description attachment; filename="audit-YYYYMMDD.csv" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv; charset=utf-8': string;
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  exportAuditXlsx: {
    parameters: {
      query?: {
        /** @description approve, reject, return, transfer, … */
        action?: string;
        /** @description Entries by this user */
        actorId?: string;
        /** @description administration: changes to organisations, users, definitions, substitutes, lockouts; request: requests’ entries */
        chain?: 'administration' | 'request';
        /** @description At or after this instant */
        from?: string;
        /** @description Administrative entries about this object (an organisation or user id, `key@version`) */
        objectId?: string;
        /** @description Administrative entries about this kind of object */
        objectKind?: 'organisation' | 'user' | 'form' | 'process' | 'dictionary' | 'namespace';
        processKey?: string;
        /** @description One request’s chain, by its id or its 办件编号 */
        requestId?: string;
        /** @description Before this instant */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Excel workbook (.xlsx) */
      200: {
        headers: {
          /** @description attachment; filename="audit-YYYYMMDD.xlsx" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  verifyAudit: {
    parameters: {
      query?: {
        /** @description Check only the administration chain */
        chain?: 'administration';
        /** @description Check one request’s chain; all chains when absent */
        requestId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The result */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerification'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  logIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginBody'];
      };
    };
    responses: {
      /** @description Signed in; the session cookie is set */
      200: {
        headers: {
          /** @description tongban_session=…; HttpOnly; SameSite=Lax; Path=/ (Secure unless COOKIE_SECURE=false) */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Profile'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `INVALID_CREDENTIALS`: Wrong username or password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INVALID_CREDENTIALS';
            };
          };
        };
      };
      /**
       * @description - `PASSWORD_LOGIN_DISABLED`: Password sign-in is switched off here; sign in through the identity provider
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PASSWORD_LOGIN_DISABLED' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /**
       * @description - `LOGIN_LOCKED`: Too many failed sign-ins for this account; it is locked for a while, please try again later
       *     - `TOO_MANY_REQUESTS`: Too many attempts; please try again later
       */
      429: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'LOGIN_LOCKED' | 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  logOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session is over; it came through an identity provider, so open endSessionUrl in the browser to sign out there too */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The provider’s end-session URL; open it in the browser */
            endSessionUrl: string;
          };
        };
      };
      /** @description The session is over (or there was none) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Profile'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  oidcBackchannelLogout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured provider’s id (OIDC_PROVIDERS) */
        provider: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The provider’s signed logout token (a JWT) */
          logout_token: string;
        };
      };
    };
    responses: {
      /** @description Those sessions are over */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OIDC_LOGOUT_TOKEN_INVALID`: The logout token is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OIDC_LOGOUT_TOKEN_INVALID' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `NOT_FOUND`: Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /**
       * @description - `OIDC_PROVIDER_UNAVAILABLE`: The identity provider cannot be reached; please try again later
       *     - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly
       */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OIDC_PROVIDER_UNAVAILABLE' | 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  finishOidcSignIn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured provider’s id (OIDC_PROVIDERS) */
        provider: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Onwards: signed in, or back to sign-in with the error */
      302: {
        headers: {
          /** @description Where the browser goes next */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `NOT_FOUND`: Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /**
       * @description - `OIDC_PROVIDER_UNAVAILABLE`: The identity provider cannot be reached; please try again later
       *     - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly
       */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OIDC_PROVIDER_UNAVAILABLE' | 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  startOidcSignIn: {
    parameters: {
      query?: {
        /** @description A path of this app to open once signed in (default /) */
        returnTo?: string;
      };
      header?: never;
      path: {
        /** @description A configured provider’s id (OIDC_PROVIDERS) */
        provider: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the provider’s authorization endpoint; back to sign-in with the error (/login?error=OIDC_PROVIDER_UNAVAILABLE) while the provider cannot be reached */
      302: {
        headers: {
          /** @description Where the browser goes next */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `NOT_FOUND`: Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listIdentityProviders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The identity providers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Whether username and password sign-in is on (PASSWORD_LOGIN) */
            passwordLogin: boolean;
            providers: {
              id: string;
              label: string;
              /** @description Open in the browser (not fetch) to sign in there */
              startUrl: string;
            }[];
          };
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listDefinitions: {
    parameters: {
      query?: {
        /** @description Part of the key or name */
        q?: string;
        /** @description Only keys with a version in this status */
        status?: 'draft' | 'published' | 'archived';
      };
      header?: never;
      path: {
        /** @description `forms` or `processes` */
        kind: 'forms' | 'processes';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description By key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DefinitionList'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `NOT_FOUND`: Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  createDefinitionDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `forms` or `processes` */
        kind: 'forms' | 'processes';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DefinitionDraftBody'];
      };
    };
    responses: {
      /** @description Draft created */
      201: {
        headers: {
          /** @description The revision: send it back as If-Match to change this version */
          ETag?: string;
          /** @description …/versions/{version} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DefinitionVersion'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `NOT_FOUND`: Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getDefinitionVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lowercase letters, digits and hyphens */
        key: string;
        /** @description `forms` or `processes` */
        kind: 'forms' | 'processes';
        /** @description Version number, from 1 */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version; its ETag is the revision */
      200: {
        headers: {
          /** @description The revision: send it back as If-Match to change this version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DefinitionVersion'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `DEFINITION_NOT_FOUND`: No such definition version
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'DEFINITION_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  updateDefinitionDraft: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag read with the version (e.g. "r3"): 428 without it, 412 when someone changed it since */
        'If-Match': string;
      };
      path: {
        /** @description Lowercase letters, digits and hyphens */
        key: string;
        /** @description `forms` or `processes` */
        kind: 'forms' | 'processes';
        /** @description Version number, from 1 */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DefinitionDraftBody'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          /** @description The revision: send it back as If-Match to change this version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DefinitionVersion'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `DEFINITION_NOT_FOUND`: No such definition version
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'DEFINITION_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `DEFINITION_NOT_DRAFT`: Only a draft can be changed, published or deleted; a published version never changes, so create a new version
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'DEFINITION_NOT_DRAFT' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PRECONDITION_FAILED`: Someone else changed this version since you read it; reload and try again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_FAILED';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `PRECONDITION_REQUIRED`: Changes need If-Match (the ETag you read) */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_REQUIRED';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  deleteDefinitionDraft: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag read with the version (e.g. "r3"): 428 without it, 412 when someone changed it since */
        'If-Match': string;
      };
      path: {
        /** @description Lowercase letters, digits and hyphens */
        key: string;
        /** @description `forms` or `processes` */
        kind: 'forms' | 'processes';
        /** @description Version number, from 1 */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `DEFINITION_NOT_FOUND`: No such definition version
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'DEFINITION_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `DEFINITION_NOT_DRAFT`: Only a draft can be changed, published or deleted; a published version never changes, so create a new version
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'DEFINITION_NOT_DRAFT' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PRECONDITION_FAILED`: Someone else changed this version since you read it; reload and try again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_FAILED';
            };
          };
        };
      };
      /** @description - `PRECONDITION_REQUIRED`: Changes need If-Match (the ETag you read) */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_REQUIRED';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  archiveDefinition: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag read with the version (e.g. "r3"): 428 without it, 412 when someone changed it since */
        'If-Match': string;
      };
      path: {
        /** @description Lowercase letters, digits and hyphens */
        key: string;
        /** @description `forms` or `processes` */
        kind: 'forms' | 'processes';
        /** @description Version number, from 1 */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Archived */
      200: {
        headers: {
          /** @description The revision: send it back as If-Match to change this version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DefinitionVersion'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `DEFINITION_NOT_FOUND`: No such definition version
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'DEFINITION_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `DEFINITION_NOT_PUBLISHED`: Only a published version can be archived
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'DEFINITION_NOT_PUBLISHED' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PRECONDITION_FAILED`: Someone else changed this version since you read it; reload and try again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_FAILED';
            };
          };
        };
      };
      /** @description - `PRECONDITION_REQUIRED`: Changes need If-Match (the ETag you read) */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_REQUIRED';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  exportDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lowercase letters, digits and hyphens */
        key: string;
        /** @description `forms` or `processes` */
        kind: 'forms' | 'processes';
        /** @description Version number, from 1 */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment) */
      200: {
        headers: {
          /** @description attachment; filename="form-<key>-v<version>.json" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DefinitionExport'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `DEFINITION_NOT_FOUND`: No such definition version
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'DEFINITION_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  publishDefinition: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag read with the version (e.g. "r3"): 428 without it, 412 when someone changed it since */
        'If-Match': string;
      };
      path: {
        /** @description Lowercase letters, digits and hyphens */
        key: string;
        /** @description `forms` or `processes` */
        kind: 'forms' | 'processes';
        /** @description Version number, from 1 */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Published */
      200: {
        headers: {
          /** @description The revision: send it back as If-Match to change this version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DefinitionVersion'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `DEFINITION_NOT_FOUND`: No such definition version
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'DEFINITION_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `DEFINITION_NOT_DRAFT`: Only a draft can be changed, published or deleted; a published version never changes, so create a new version
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'DEFINITION_NOT_DRAFT' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PRECONDITION_FAILED`: Someone else changed this version since you read it; reload and try again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_FAILED';
            };
          };
        };
      };
      /** @description - `DEFINITION_INVALID`: The definition has problems and cannot be published; fix the places listed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'DEFINITION_INVALID';
            };
          };
        };
      };
      /** @description - `PRECONDITION_REQUIRED`: Changes need If-Match (the ETag you read) */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_REQUIRED';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listProcessesOnOlderForm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lowercase letters, digits and hyphens */
        key: string;
        /** @description `forms` or `processes` */
        kind: 'forms' | 'processes';
        /** @description Version number, from 1 */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description By process */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              key: string;
              /** @description In the caller’s language */
              name: string;
              /** @description Where it names the form: `/form`, and `/steps/…/form` of 填报 steps */
              references: {
                /** @description JSON Pointer into the process definition, e.g. `/form` */
                path: string;
                /** @description The older form version it pins */
                version: number;
              }[];
              /** @description The process’s newest published version */
              version: number;
            }[];
          };
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `DEFINITION_NOT_FOUND`: No such definition version
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'DEFINITION_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  importDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `forms` or `processes` */
        kind: 'forms' | 'processes';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DefinitionImportBody'];
      };
    };
    responses: {
      /** @description Imported as a draft */
      201: {
        headers: {
          /** @description The revision: send it back as If-Match to change this version */
          ETag?: string;
          /** @description …/versions/{version} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DefinitionVersion'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `NOT_FOUND`: Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listDictionaries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description By key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              key: string;
              /** @description Of the newest version the caller may see, in the caller’s language */
              name: string;
              /** @description The newest published version, with its entries: what a form published now pins */
              published?: {
                /** Format: date-time */
                createdAt?: string;
                description?: string;
                entries: {
                  label: string;
                  labelEn?: string;
                  value: string;
                }[];
                key: string;
                name: string;
                nameEn?: string;
                /** Format: date-time */
                publishedAt?: string;
                /** @description The ETag is `"r<revision>"` */
                revision: number;
                /** @enum {string} */
                status: 'draft' | 'published';
                /** Format: date-time */
                updatedAt?: string;
                /** @description User id of the last change */
                updatedBy?: string;
                version: number;
              };
              /** @description Newest first; drafts only for administrators */
              versions: {
                revision: number;
                /** @enum {string} */
                status: 'draft' | 'published';
                version: number;
              }[];
            }[];
          };
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  createDictionaryDraft: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          /** @description In the order forms show them; values unique */
          entries: {
            /**
             * @description What people read (zh-CN)
             * @example 制造业
             */
            label: string;
            labelEn?: string;
            /**
             * @description What forms store; stable across versions
             * @example C
             */
            value: string;
          }[];
          /**
           * @description Lowercase letters, digits and hyphens
           * @example industry
           */
          key: string;
          /** @example 企业规模 */
          name: string;
          nameEn?: string;
        };
      };
    };
    responses: {
      /** @description Draft created */
      201: {
        headers: {
          /** @description The revision: send it back as If-Match to change this version */
          ETag?: string;
          /** @description …/versions/{version} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt?: string;
            description?: string;
            entries: {
              label: string;
              labelEn?: string;
              value: string;
            }[];
            key: string;
            name: string;
            nameEn?: string;
            /** Format: date-time */
            publishedAt?: string;
            /** @description The ETag is `"r<revision>"` */
            revision: number;
            /** @enum {string} */
            status: 'draft' | 'published';
            /** Format: date-time */
            updatedAt?: string;
            /** @description User id of the last change */
            updatedBy?: string;
            version: number;
          };
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getDictionaryVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lowercase letters, digits and hyphens */
        key: string;
        /** @description Version number, from 1 */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version; its ETag is the revision */
      200: {
        headers: {
          /** @description The revision: send it back as If-Match to change this version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt?: string;
            description?: string;
            entries: {
              label: string;
              labelEn?: string;
              value: string;
            }[];
            key: string;
            name: string;
            nameEn?: string;
            /** Format: date-time */
            publishedAt?: string;
            /** @description The ETag is `"r<revision>"` */
            revision: number;
            /** @enum {string} */
            status: 'draft' | 'published';
            /** Format: date-time */
            updatedAt?: string;
            /** @description User id of the last change */
            updatedBy?: string;
            version: number;
          };
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `DICTIONARY_NOT_FOUND`: No such dictionary version */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'DICTIONARY_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  updateDictionaryDraft: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag read with the version (e.g. "r3"): 428 without it, 412 when someone changed it since */
        'If-Match': string;
      };
      path: {
        /** @description Lowercase letters, digits and hyphens */
        key: string;
        /** @description Version number, from 1 */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          /** @description In the order forms show them; values unique */
          entries: {
            /**
             * @description What people read (zh-CN)
             * @example 制造业
             */
            label: string;
            labelEn?: string;
            /**
             * @description What forms store; stable across versions
             * @example C
             */
            value: string;
          }[];
          /** @example 企业规模 */
          name: string;
          nameEn?: string;
        };
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          /** @description The revision: send it back as If-Match to change this version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt?: string;
            description?: string;
            entries: {
              label: string;
              labelEn?: string;
              value: string;
            }[];
            key: string;
            name: string;
            nameEn?: string;
            /** Format: date-time */
            publishedAt?: string;
            /** @description The ETag is `"r<revision>"` */
            revision: number;
            /** @enum {string} */
            status: 'draft' | 'published';
            /** Format: date-time */
            updatedAt?: string;
            /** @description User id of the last change */
            updatedBy?: string;
            version: number;
          };
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `DICTIONARY_NOT_FOUND`: No such dictionary version */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'DICTIONARY_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `DEFINITION_NOT_DRAFT`: Only a draft can be changed, published or deleted; a published version never changes, so create a new version
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'DEFINITION_NOT_DRAFT' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PRECONDITION_FAILED`: Someone else changed this version since you read it; reload and try again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_FAILED';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `PRECONDITION_REQUIRED`: Changes need If-Match (the ETag you read) */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_REQUIRED';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  publishDictionary: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag read with the version (e.g. "r3"): 428 without it, 412 when someone changed it since */
        'If-Match': string;
      };
      path: {
        /** @description Lowercase letters, digits and hyphens */
        key: string;
        /** @description Version number, from 1 */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Published */
      200: {
        headers: {
          /** @description The revision: send it back as If-Match to change this version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt?: string;
            description?: string;
            entries: {
              label: string;
              labelEn?: string;
              value: string;
            }[];
            key: string;
            name: string;
            nameEn?: string;
            /** Format: date-time */
            publishedAt?: string;
            /** @description The ETag is `"r<revision>"` */
            revision: number;
            /** @enum {string} */
            status: 'draft' | 'published';
            /** Format: date-time */
            updatedAt?: string;
            /** @description User id of the last change */
            updatedBy?: string;
            version: number;
          };
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `DICTIONARY_NOT_FOUND`: No such dictionary version */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'DICTIONARY_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `DEFINITION_NOT_DRAFT`: Only a draft can be changed, published or deleted; a published version never changes, so create a new version
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'DEFINITION_NOT_DRAFT' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PRECONDITION_FAILED`: Someone else changed this version since you read it; reload and try again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_FAILED';
            };
          };
        };
      };
      /** @description - `PRECONDITION_REQUIRED`: Changes need If-Match (the ETag you read) */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PRECONDITION_REQUIRED';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  streamEvents: {
    parameters: {
      query?: {
        /** @description The `id` of the last event received, as the `Last-Event-ID` header carries it (which wins when both are sent) */
        lastEventId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All reachable */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description Something is unreachable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  getNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The channels */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferences'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  setNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotificationPreferencesBody'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferences'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getSubstitute: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The substitute, or null */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubstituteResult'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  setSubstitute: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubstituteBody'];
      };
    };
    responses: {
      /** @description Set */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubstituteResult'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `SUBSTITUTE_INVALID`: The substitute must be another active colleague who handles tasks, and the period must not end before it starts */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SUBSTITUTE_INVALID';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  clearSubstitute: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cleared */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listSavedViews: {
    parameters: {
      query?: {
        /** @description Only views of this list */
        list?: 'tasks' | 'requests';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Views */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedViewList'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  createSavedView: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SavedViewBody'];
      };
    };
    responses: {
      /** @description Saved */
      201: {
        headers: {
          /** @description /api/v1/me/views/{id} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedView'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `SAVED_VIEW_NAME_TAKEN`: You already have a view with this name
       *     - `SAVED_VIEW_LIMIT`: You have 50 views already; delete some first
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SAVED_VIEW_NAME_TAKEN' | 'SAVED_VIEW_LIMIT' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  updateSavedView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SavedViewBody'];
      };
    };
    responses: {
      /** @description The view now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedView'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `SAVED_VIEW_NOT_FOUND`: No such saved view */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SAVED_VIEW_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `SAVED_VIEW_NAME_TAKEN`: You already have a view with this name
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SAVED_VIEW_NAME_TAKEN' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  deleteSavedView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `SAVED_VIEW_NOT_FOUND`: No such saved view */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SAVED_VIEW_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text format */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain; version=0.0.4': string;
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        /** @description Page number, from 1 */
        page?: number;
        /** @description Items per page (1–100, default 20) */
        pageSize?: number;
        /** @description `true`: only unread ones */
        unread?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of notifications */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPage'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  readNotification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A notification id from the list */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Read */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `NOTIFICATION_NOT_FOUND`: No such notification */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOTIFICATION_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  readAllNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many were unread */
            updated: number;
          };
        };
      };
      /**
       * @description - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  countUnreadNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The count */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            unread: number;
          };
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getOpenApiDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenAPI 3.1 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            info: {
              [key: string]: unknown;
            };
            openapi: string;
            paths: {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          };
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listOrganisations: {
    parameters: {
      query?: {
        kind?: 'department' | 'bank' | 'enterprise';
        /** @description Page number, from 1 */
        page?: number;
        /** @description Items per page (1–100, default 20) */
        pageSize?: number;
        /** @description Part of the name (zh or en) */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of organisations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationPage'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  createOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganisationBody'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description /api/v1/organisations/{id} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `ORGANISATION_ID_TAKEN`: This organisation id is taken
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ORGANISATION_ID_TAKEN' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `UNKNOWN_ORGANISATION`: The chosen organisation does not exist */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNKNOWN_ORGANISATION';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `org-` and lowercase letters, digits, hyphens */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The organisation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `ORGANISATION_NOT_FOUND`: No such organisation */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ORGANISATION_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  deleteOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `org-` and lowercase letters, digits, hyphens */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `ORGANISATION_NOT_FOUND`: No such organisation */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ORGANISATION_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `ORGANISATION_IN_USE`: The organisation still has users or member organisations; it cannot be deleted
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ORGANISATION_IN_USE' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  updateOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `org-` and lowercase letters, digits, hyphens */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganisationBody'];
      };
    };
    responses: {
      /** @description The organisation now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `ORGANISATION_NOT_FOUND`: No such organisation */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ORGANISATION_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `UNKNOWN_ORGANISATION`: The chosen organisation does not exist */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNKNOWN_ORGANISATION';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listCatalogue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The catalogue (empty for callers who may not start any) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogueList'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getPreviousApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A process key from `GET /processes` */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The newest form data */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The newest request of the caller’s organisation on this process; null when there is none */
            previous: {
              createdAt: string;
              /** @description Its form data, the fields the caller may read */
              data: {
                [key: string]: unknown;
              };
              /** @description 办件编号 */
              number?: string;
              requestId: string;
            } | null;
          };
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  previewProcessRoute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A process key from `GET /processes` */
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The form data so far: conditions read it, so the route follows it */
          data: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The predicted steps */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            processKey: string;
            processVersion: number;
            steps: {
              /**
               * Format: date-time
               * @description Its deadline (or a wait’s end), counted in working days from the expected end of the steps before it, each decided on its last day
               */
              dueAt?: string;
              name: string;
              /** @description Steps sharing it run at the same time (并联) */
              parallelStepId?: string;
              /** @description Who would get its tasks (or be told), by today’s directory */
              people: {
                displayName: string;
                orgName: string;
                userId: string;
              }[];
              stepId: string;
              /** @description approval, fill, cc, notify, wait, webhook */
              type: string;
            }[];
          };
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `PROCESS_NOT_FOUND`: No such published process */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PROCESS_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ready */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description Not ready */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
    };
  };
  listRequests: {
    parameters: {
      query?: {
        /** @description Only requests of this applicant organisation */
        applicantOrgId?: string;
        /** @description How late a running request is, by the worst of its clocks under way: `on_time` 正常, `reminded` 临期, `yellow` 黄牌, `red` 红牌, `overdue` 逾期 (黄牌 or 红牌) */
        deadline?: 'on_time' | 'reminded' | 'yellow' | 'red' | 'overdue';
        /** @description `me` 我代办的: only requests the caller filed at a service window for an enterprise */
        filedBy?: 'me';
        /** @description Created at or after */
        from?: string;
        /** @description Only requests this organisation handles now (办理部门: one of its people holds an open task of the request) */
        handlingOrgId?: string;
        /** @description Only requests this organisation accepted (受理单位: the office whose prefix opens the 办件编号) */
        orgId?: string;
        /** @description Page number, from 1 */
        page?: number;
        /** @description Items per page (1–100, default 50) */
        pageSize?: number;
        processKey?: string;
        /** @description A whole 办件编号, a request id or a 统一社会信用代码 (each found by index); otherwise, for whoever reads the whole city, the start of the applicant organisation’s name or of a 办件编号 (by index), and for others part of the applicant’s name, the 编号 or the id */
        q?: string;
        /** @description `me` 我发起: only requests the caller filed */
        started?: 'me';
        /** @description Only requests in this status */
        status?: 'in_progress' | 'returned' | 'completed' | 'rejected' | 'withdrawn';
        /** @description Created before */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of requests */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestList'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  startRequest: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key from the same user always means the same request or decision (8–128 of A-Z a-z 0-9 _ . : -). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartRequestBody'];
      };
    };
    responses: {
      /** @description Started */
      201: {
        headers: {
          /** @description /api/v1/requests/{id} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StartedRequest'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `PROCESS_NOT_FOUND`: No such published process */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PROCESS_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `IDEMPOTENCY_KEY_REUSED`: This Idempotency-Key was used for a different submission
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'IDEMPOTENCY_KEY_REUSED' | 'CONFLICT';
            };
          };
        };
      };
      /**
       * @description - `FORM_DATA_TOO_LARGE`: The form data is too large: all of a request's forms together may hold at most 1.5 MB; shorten it or attach files
       *     - `PAYLOAD_TOO_LARGE`: The body is too large
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORM_DATA_TOO_LARGE' | 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /**
       * @description - `FORM_INVALID`: The form has errors; check the marked fields
       *     - `APPLICANT_INVALID`: A request filed for someone must name an active enterprise applicant
       *     - `DATA_NOT_STORABLE`: The data cannot be stored, so nothing was done; check what was entered (unusual characters, for instance) and try again
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORM_INVALID' | 'APPLICANT_INVALID' | 'DATA_NOT_STORABLE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Request id (req-…) or task id (req-….n) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestView'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `REQUEST_NOT_FOUND`: No such request
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'REQUEST_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  actOnRequest: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key from the same user always means the same request or decision (8–128 of A-Z a-z 0-9 _ . : -). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Request id (req-…) or task id (req-….n) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description 撤回 withdraw; 补正后重新提交 resubmit (with `data`); 催办 urge (once per running step per working day of the official calendar, for the applicant’s organisation and for supervisors each); 好差评 rate (with `grade`, after 办结); 督办 flag (supervisors, with a reason in `comment`)
           * @enum {string}
           */
          action: 'withdraw' | 'resubmit' | 'urge' | 'rate' | 'flag';
          /** @description Why; required to flag and for a rating of 2 or less */
          comment?: string;
          /** @description `resubmit` only: the corrected form data, validated against the request’s form (422 FORM_INVALID) */
          data?: {
            [key: string]: unknown;
          };
          /** @description `rate` only: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意 */
          grade?: number;
        };
      };
    };
    responses: {
      /** @description Done; the request as it now stands */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionResult'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `NOT_APPLICANT`: Only the applicant's organisation may do this
       *     - `SUPERVISOR_ACTION_NOT_ALLOWED`: A supervisor can only urge and flag a request
       *     - `FLAG_NOT_ALLOWED`: Only a supervisor flags a request
       *     - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?:
                'NOT_APPLICANT' | 'SUPERVISOR_ACTION_NOT_ALLOWED' | 'FLAG_NOT_ALLOWED' | 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `REQUEST_NOT_FOUND`: No such request
       *     - `PROCESS_NOT_FOUND`: No such published process
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'REQUEST_NOT_FOUND' | 'PROCESS_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `REQUEST_CLOSED`: This request is already closed
       *     - `REQUEST_WITHDRAWN`: The applicant has withdrawn this request; nothing more can be done on it
       *     - `REQUEST_NOT_RETURNED`: This request was not returned
       *     - `URGE_TOO_SOON`: Already urged this working day; you can urge again on the next working day
       *     - `URGE_NOT_WHILE_RETURNED`: The request is back with the applicant for corrections; there is no handler to urge
       *     - `RATING_CLOSED`: This request cannot be rated now: not completed, already rated, or the rating period is over
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?:
                | 'REQUEST_CLOSED'
                | 'REQUEST_WITHDRAWN'
                | 'REQUEST_NOT_RETURNED'
                | 'URGE_TOO_SOON'
                | 'URGE_NOT_WHILE_RETURNED'
                | 'RATING_CLOSED'
                | 'CONFLICT';
            };
          };
        };
      };
      /**
       * @description - `FORM_DATA_TOO_LARGE`: The form data is too large: all of a request's forms together may hold at most 1.5 MB; shorten it or attach files
       *     - `PAYLOAD_TOO_LARGE`: The body is too large
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORM_DATA_TOO_LARGE' | 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /**
       * @description - `FLAG_NOTE_REQUIRED`: Please write a note saying why the request is flagged
       *     - `FORM_INVALID`: The form has errors; check the marked fields
       *     - `RATING_COMMENT_REQUIRED`: A bad rating needs a comment saying what went wrong
       *     - `GRADE_INVALID`: A rating is a grade from 1 to 5
       *     - `DATA_NOT_STORABLE`: The data cannot be stored, so nothing was done; check what was entered (unusual characters, for instance) and try again
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?:
                | 'FLAG_NOTE_REQUIRED'
                | 'FORM_INVALID'
                | 'RATING_COMMENT_REQUIRED'
                | 'GRADE_INVALID'
                | 'DATA_NOT_STORABLE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listAttachments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Request id (req-…) or task id (req-….n) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Attachments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @description What the bytes are (sniffed), not what the uploader said */
              contentType: string;
              /** @example att-0f3c9a7d2b1e4c5a8d6f7e901a2b3c4d */
              id: string;
              name: string;
              sha256: string;
              size: number;
              /** Format: date-time */
              uploadedAt: string;
              uploadedBy: {
                displayName: string;
                userId: string;
              };
            }[];
          };
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `REQUEST_NOT_FOUND`: No such request
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'REQUEST_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  attachFile: {
    parameters: {
      query: {
        /** @description The file name as the uploader sees it, e.g. 营业执照.pdf */
        name: string;
      };
      header?: never;
      path: {
        /** @description Request id (req-…) or task id (req-….n) */
        id: string;
      };
      cookie?: never;
    };
    /** @description The file’s bytes */
    requestBody: {
      content: {
        '*/*': string;
      };
    };
    responses: {
      /** @description Stored */
      201: {
        headers: {
          /** @description /api/v1/attachments/{id} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attachment'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `ATTACHMENT_EMPTY`: The file is empty
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'ATTACHMENT_EMPTY' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `ATTACHMENT_NOT_ALLOWED`: Only the applicant’s side and the people handling it may attach files
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ATTACHMENT_NOT_ALLOWED' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `REQUEST_NOT_FOUND`: No such request
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'REQUEST_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /**
       * @description - `ATTACHMENT_TYPE_NOT_ALLOWED`: Only PDF, images (PNG/JPEG/WebP/TIFF), Office documents, OFD and ZIP, whose content matches their extension
       *     - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json
       */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'ATTACHMENT_TYPE_NOT_ALLOWED' | 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  exportRequestsXlsx: {
    parameters: {
      query?: {
        /** @description Only requests of this applicant organisation */
        applicantOrgId?: string;
        /** @description How late a running request is, by the worst of its clocks under way: `on_time` 正常, `reminded` 临期, `yellow` 黄牌, `red` 红牌, `overdue` 逾期 (黄牌 or 红牌) */
        deadline?: 'on_time' | 'reminded' | 'yellow' | 'red' | 'overdue';
        /** @description `me` 我代办的: only requests the caller filed at a service window for an enterprise */
        filedBy?: 'me';
        /** @description Created at or after */
        from?: string;
        /** @description Only requests this organisation handles now (办理部门: one of its people holds an open task of the request) */
        handlingOrgId?: string;
        /** @description Only requests this organisation accepted (受理单位: the office whose prefix opens the 办件编号) */
        orgId?: string;
        processKey?: string;
        /** @description A whole 办件编号, a request id or a 统一社会信用代码 (each found by index); otherwise, for whoever reads the whole city, the start of the applicant organisation’s name or of a 办件编号 (by index), and for others part of the applicant’s name, the 编号 or the id */
        q?: string;
        /** @description `me` 我发起: only requests the caller filed */
        started?: 'me';
        /** @description Only requests in this status */
        status?: 'in_progress' | 'returned' | 'completed' | 'rejected' | 'withdrawn';
        /** @description Created before */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Excel workbook (.xlsx) */
      200: {
        headers: {
          /** @description attachment; filename="requests-YYYYMMDD.xlsx" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getStats: {
    parameters: {
      query?: {
        /** @description Requests (and tasks) created at or after */
        from?: string;
        /** @description Only this process */
        processKey?: string;
        /** @description Created before */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Stats'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  exportGrowthPointReportsXlsx: {
    parameters: {
      query: {
        /** @description The report month, `YYYY-MM` (the round of the 1st of the month after) */
        reportMonth: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Excel workbook (.xlsx) */
      200: {
        headers: {
          /** @description attachment; filename="growth-point-YYYY-MM-YYYYMMDD.xlsx" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listTasks: {
    parameters: {
      query?: {
        /** @description Created at or after */
        from?: string;
        /** @description Page number, from 1 */
        page?: number;
        /** @description Items per page (1–100, default 100) */
        pageSize?: number;
        /** @description Only this process */
        processKey?: string;
        /** @description Part of the applicant’s name, the 办件编号 or the request id; a whole 办件编号 finds its request by index */
        q?: string;
        /** @description `received`: newest first (已办: latest decision first); `due` (待办 only, the other views keep theirs): the step’s deadline, soonest first, then tasks of steps without one, newest first */
        sort?: 'received' | 'due';
        /** @description `open` 待办: tasks waiting for the caller; `done` 已办: tasks the caller decided; `cc` 抄送我: copies sent to the caller. (我发起 is `GET /requests?started=me`.) */
        status?: 'open' | 'done' | 'cc';
        /** @description Created before */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Tasks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskList'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Request id (req-…) or task id (req-….n) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDetail'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `TASK_NOT_FOUND`: No such task
       *     - `REQUEST_NOT_FOUND`: No such request
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'TASK_NOT_FOUND' | 'REQUEST_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  actOnTask: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key from the same user always means the same request or decision (8–128 of A-Z a-z 0-9 _ . : -). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Request id (req-…) or task id (req-….n) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TaskActionBody'];
      };
    };
    responses: {
      /** @description Decided; the request as it now stands */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionResult'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `NOT_ASSIGNEE`: This task is assigned to someone else
       *     - `DELEGATE_CANNOT_DECIDE`: A delegate gives an opinion but does not decide
       *     - `EXTENSION_DECISION_ONLY`: A request for more time is only approved or rejected; it cannot be returned, transferred or given signers
       *     - `SIGNER_ACTION_NOT_ALLOWED`: An added signer cannot return the request, add signers or ask for more time
       *     - `AFTERCARE_ACTION_NOT_ALLOWED`: A rectification or follow-up task cannot be returned, given signers or extended
       *     - `RECTIFICATION_NOT_REJECTABLE`: A rectification is reported, not rejected
       *     - `FILL_STEP_NOT_DECIDED`: A fill step is submitted: it cannot be rejected or given signers
       *     - `FIELD_NOT_EDITABLE`: This step may not change these fields
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?:
                | 'NOT_ASSIGNEE'
                | 'DELEGATE_CANNOT_DECIDE'
                | 'EXTENSION_DECISION_ONLY'
                | 'SIGNER_ACTION_NOT_ALLOWED'
                | 'AFTERCARE_ACTION_NOT_ALLOWED'
                | 'RECTIFICATION_NOT_REJECTABLE'
                | 'FILL_STEP_NOT_DECIDED'
                | 'FIELD_NOT_EDITABLE'
                | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `TASK_NOT_FOUND`: No such task
       *     - `PROCESS_NOT_FOUND`: No such published process
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'TASK_NOT_FOUND' | 'PROCESS_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `TASK_NOT_OPEN`: It is not your turn yet
       *     - `TASK_DELEGATED`: You delegated this task; you can act once the delegate has given an opinion
       *     - `TASK_TRANSFERRED`: This task was transferred to someone else
       *     - `TASK_CANCELLED`: This task was cancelled and needs nothing from you: the step was settled by someone else, the request went back, or you were removed from it
       *     - `TASK_IS_COPY`: This is a copy for your information; there is nothing to act on
       *     - `TASK_ALREADY_DECIDED`: This task has already been decided
       *     - `REQUEST_CLOSED`: This request is already closed
       *     - `REQUEST_WITHDRAWN`: The applicant has withdrawn this request; nothing more can be done on it
       *     - `TAKE_BACK_TOO_LATE`: Someone has acted since your approval; it can no longer be taken back
       *     - `NOTHING_TO_TAKE_BACK`: This task holds no approval of yours to take back
       *     - `NO_DEADLINE`: This step has no deadline to extend
       *     - `EXTENSION_PENDING`: An extension for this step is already waiting for a leader
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?:
                | 'TASK_NOT_OPEN'
                | 'TASK_DELEGATED'
                | 'TASK_TRANSFERRED'
                | 'TASK_CANCELLED'
                | 'TASK_IS_COPY'
                | 'TASK_ALREADY_DECIDED'
                | 'REQUEST_CLOSED'
                | 'REQUEST_WITHDRAWN'
                | 'TAKE_BACK_TOO_LATE'
                | 'NOTHING_TO_TAKE_BACK'
                | 'NO_DEADLINE'
                | 'EXTENSION_PENDING'
                | 'CONFLICT';
            };
          };
        };
      };
      /**
       * @description - `FORM_DATA_TOO_LARGE`: The form data is too large: all of a request's forms together may hold at most 1.5 MB; shorten it or attach files
       *     - `PAYLOAD_TOO_LARGE`: The body is too large
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORM_DATA_TOO_LARGE' | 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /**
       * @description - `COMMENT_REQUIRED`: Please write an opinion
       *     - `EXTENSION_REASON_REQUIRED`: Please give the reason for more time
       *     - `RECTIFICATION_REPORT_REQUIRED`: Please report what was rectified
       *     - `RETURN_TARGET_INVALID`: A request can only go back to the applicant or to an earlier approved step
       *     - `TARGET_INVALID`: Choose someone else: not yourself, nor someone already handling this step
       *     - `HAND_OVER_OUT_OF_SCOPE`: A task of this step goes only to staff of the step's own organisations (and those an administrator added to it), not to another organisation
       *     - `SIGNER_NOT_REMOVABLE`: You can only remove a signer you added yourself who has not acted yet
       *     - `NOT_A_HANDLER`: A task goes only to an active handler, leader or loan officer of a department or a bank: an enterprise's people and the applicant's cannot handle a step
       *     - `EXTENSION_DAYS_INVALID`: An extension is 1 to 30 working days
       *     - `FORM_INVALID`: The form has errors; check the marked fields
       *     - `SIGNERS_INVALID`: Invalid signers: choose other people (not yourself, no one twice, nobody already on this step) and a position
       *     - `DATA_NOT_STORABLE`: The data cannot be stored, so nothing was done; check what was entered (unusual characters, for instance) and try again
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?:
                | 'COMMENT_REQUIRED'
                | 'EXTENSION_REASON_REQUIRED'
                | 'RECTIFICATION_REPORT_REQUIRED'
                | 'RETURN_TARGET_INVALID'
                | 'TARGET_INVALID'
                | 'HAND_OVER_OUT_OF_SCOPE'
                | 'SIGNER_NOT_REMOVABLE'
                | 'NOT_A_HANDLER'
                | 'EXTENSION_DAYS_INVALID'
                | 'FORM_INVALID'
                | 'SIGNERS_INVALID'
                | 'DATA_NOT_STORABLE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  previewTaskAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Request id (req-…) or task id (req-….n) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TaskActionBody'];
      };
    };
    responses: {
      /** @description What would change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deadlines: {
              from: string | null;
              stepId: string;
              stepName: string;
              to: string | null;
            }[];
            status: {
              from: string;
              to: string;
            } | null;
            steps: {
              from: string;
              stepId: string;
              stepName: string;
              to: string;
            }[];
            tasks: {
              assignee: {
                displayName: string;
                orgName: string;
                userId: string;
              };
              /** @description null: the task would be created */
              from: string | null;
              stepId: string;
              stepName: string;
              taskId: string;
              to: string;
            }[];
          };
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `NOT_ASSIGNEE`: This task is assigned to someone else
       *     - `DELEGATE_CANNOT_DECIDE`: A delegate gives an opinion but does not decide
       *     - `EXTENSION_DECISION_ONLY`: A request for more time is only approved or rejected; it cannot be returned, transferred or given signers
       *     - `SIGNER_ACTION_NOT_ALLOWED`: An added signer cannot return the request, add signers or ask for more time
       *     - `AFTERCARE_ACTION_NOT_ALLOWED`: A rectification or follow-up task cannot be returned, given signers or extended
       *     - `RECTIFICATION_NOT_REJECTABLE`: A rectification is reported, not rejected
       *     - `FILL_STEP_NOT_DECIDED`: A fill step is submitted: it cannot be rejected or given signers
       *     - `FIELD_NOT_EDITABLE`: This step may not change these fields
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?:
                | 'NOT_ASSIGNEE'
                | 'DELEGATE_CANNOT_DECIDE'
                | 'EXTENSION_DECISION_ONLY'
                | 'SIGNER_ACTION_NOT_ALLOWED'
                | 'AFTERCARE_ACTION_NOT_ALLOWED'
                | 'RECTIFICATION_NOT_REJECTABLE'
                | 'FILL_STEP_NOT_DECIDED'
                | 'FIELD_NOT_EDITABLE'
                | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `NOT_FOUND`: Not found
       *     - `TASK_NOT_FOUND`: No such task
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND' | 'TASK_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `TASK_NOT_OPEN`: It is not your turn yet
       *     - `TASK_DELEGATED`: You delegated this task; you can act once the delegate has given an opinion
       *     - `TASK_TRANSFERRED`: This task was transferred to someone else
       *     - `TASK_CANCELLED`: This task was cancelled and needs nothing from you: the step was settled by someone else, the request went back, or you were removed from it
       *     - `TASK_IS_COPY`: This is a copy for your information; there is nothing to act on
       *     - `TASK_ALREADY_DECIDED`: This task has already been decided
       *     - `REQUEST_CLOSED`: This request is already closed
       *     - `REQUEST_WITHDRAWN`: The applicant has withdrawn this request; nothing more can be done on it
       *     - `TAKE_BACK_TOO_LATE`: Someone has acted since your approval; it can no longer be taken back
       *     - `NOTHING_TO_TAKE_BACK`: This task holds no approval of yours to take back
       *     - `NO_DEADLINE`: This step has no deadline to extend
       *     - `EXTENSION_PENDING`: An extension for this step is already waiting for a leader
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?:
                | 'TASK_NOT_OPEN'
                | 'TASK_DELEGATED'
                | 'TASK_TRANSFERRED'
                | 'TASK_CANCELLED'
                | 'TASK_IS_COPY'
                | 'TASK_ALREADY_DECIDED'
                | 'REQUEST_CLOSED'
                | 'REQUEST_WITHDRAWN'
                | 'TAKE_BACK_TOO_LATE'
                | 'NOTHING_TO_TAKE_BACK'
                | 'NO_DEADLINE'
                | 'EXTENSION_PENDING'
                | 'CONFLICT';
            };
          };
        };
      };
      /**
       * @description - `FORM_DATA_TOO_LARGE`: The form data is too large: all of a request's forms together may hold at most 1.5 MB; shorten it or attach files
       *     - `PAYLOAD_TOO_LARGE`: The body is too large
       */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORM_DATA_TOO_LARGE' | 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /**
       * @description - `COMMENT_REQUIRED`: Please write an opinion
       *     - `EXTENSION_REASON_REQUIRED`: Please give the reason for more time
       *     - `RECTIFICATION_REPORT_REQUIRED`: Please report what was rectified
       *     - `RETURN_TARGET_INVALID`: A request can only go back to the applicant or to an earlier approved step
       *     - `TARGET_INVALID`: Choose someone else: not yourself, nor someone already handling this step
       *     - `HAND_OVER_OUT_OF_SCOPE`: A task of this step goes only to staff of the step's own organisations (and those an administrator added to it), not to another organisation
       *     - `SIGNER_NOT_REMOVABLE`: You can only remove a signer you added yourself who has not acted yet
       *     - `NOT_A_HANDLER`: A task goes only to an active handler, leader or loan officer of a department or a bank: an enterprise's people and the applicant's cannot handle a step
       *     - `EXTENSION_DAYS_INVALID`: An extension is 1 to 30 working days
       *     - `FORM_INVALID`: The form has errors; check the marked fields
       *     - `SIGNERS_INVALID`: Invalid signers: choose other people (not yourself, no one twice, nobody already on this step) and a position
       *     - `DATA_NOT_STORABLE`: The data cannot be stored, so nothing was done; check what was entered (unusual characters, for instance) and try again
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?:
                | 'COMMENT_REQUIRED'
                | 'EXTENSION_REASON_REQUIRED'
                | 'RECTIFICATION_REPORT_REQUIRED'
                | 'RETURN_TARGET_INVALID'
                | 'TARGET_INVALID'
                | 'HAND_OVER_OUT_OF_SCOPE'
                | 'SIGNER_NOT_REMOVABLE'
                | 'NOT_A_HANDLER'
                | 'EXTENSION_DAYS_INVALID'
                | 'FORM_INVALID'
                | 'SIGNERS_INVALID'
                | 'DATA_NOT_STORABLE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  actOnTasksInBatch: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key from the same user always means the same request or decision (8–128 of A-Z a-z 0-9 _ . : -). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BatchActionBody'];
      };
    };
    responses: {
      /** @description Each task’s result (200 even when some failed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BatchResult'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  countTasks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskCounts'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  exportTasksXlsx: {
    parameters: {
      query?: {
        /** @description Created at or after */
        from?: string;
        /** @description Only this process */
        processKey?: string;
        /** @description Part of the applicant’s name, the 办件编号 or the request id; a whole 办件编号 finds its request by index */
        q?: string;
        /** @description `received`: newest first (已办: latest decision first); `due` (待办 only, the other views keep theirs): the step’s deadline, soonest first, then tasks of steps without one, newest first */
        sort?: 'received' | 'due';
        /** @description `open` 待办: tasks waiting for the caller; `done` 已办: tasks the caller decided; `cc` 抄送我: copies sent to the caller. (我发起 is `GET /requests?started=me`.) */
        status?: 'open' | 'done' | 'cc';
        /** @description Created before */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Excel workbook (.xlsx) */
      200: {
        headers: {
          /** @description attachment; filename="tasks-open-YYYYMMDD.xlsx" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  decodeTemporalPayloads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          payloads: {
            /**
             * Format: base64
             * @description The payload’s bytes, base64
             */
            data?: string;
            /** @description Metadata values, base64 (`encoding`, `encryption-key-id`, …) */
            metadata?: {
              [key: string]: string;
            };
          }[];
        };
      };
    };
    responses: {
      /** @description The payloads, decoded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            payloads: {
              /**
               * Format: base64
               * @description The payload’s bytes, base64
               */
              data?: string;
              /** @description Metadata values, base64 (`encoding`, `encryption-key-id`, …) */
              metadata?: {
                [key: string]: string;
              };
            }[];
          };
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `PAYLOAD_NOT_DECODABLE`: The payload cannot be decoded: it was altered, or the key that sealed it is not configured */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_NOT_DECODABLE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  encodeTemporalPayloads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          payloads: {
            /**
             * Format: base64
             * @description The payload’s bytes, base64
             */
            data?: string;
            /** @description Metadata values, base64 (`encoding`, `encryption-key-id`, …) */
            metadata?: {
              [key: string]: string;
            };
          }[];
        };
      };
    };
    responses: {
      /** @description The payloads, sealed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            payloads: {
              /**
               * Format: base64
               * @description The payload’s bytes, base64
               */
              data?: string;
              /** @description Metadata values, base64 (`encoding`, `encryption-key-id`, …) */
              metadata?: {
                [key: string]: string;
              };
            }[];
          };
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        /** @description Administrators only: active or deactivated users (default both) */
        active?: 'true' | 'false';
        /** @description Only this organisation */
        org?: string;
        /** @description Page number, from 1 */
        page?: number;
        /** @description Items per page (1–100, default 20) */
        pageSize?: number;
        /** @description Part of the name or username */
        q?: string;
        /** @description Only users holding this role */
        role?: 'applicant' | 'handler' | 'leader' | 'bank_officer' | 'supervisor' | 'auditor' | 'admin' | 'window';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of users */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserBody'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description /api/v1/users/{id} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryUser'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /**
       * @description - `USERNAME_TAKEN`: This username is taken
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'USERNAME_TAKEN' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `UNKNOWN_ORGANISATION`: The chosen organisation does not exist */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNKNOWN_ORGANISATION';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryUser'];
        };
      };
      /**
       * @description - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       *     - `VALIDATION_FAILED`: The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'OPERATOR_NOT_ALLOWED' | 'VALIDATION_FAILED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /** @description - `FORBIDDEN`: You are not allowed to do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description - `USER_NOT_FOUND`: No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'USER_NOT_FOUND';
            };
          };
        };
      };
      /** @description - `CONFLICT`: Someone else just created or changed this; reload and try again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CONFLICT';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserBody'];
      };
    };
    responses: {
      /** @description The user now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryUser'];
        };
      };
      /**
       * @description - `VALIDATION_FAILED`: The request is invalid
       *     - `MALFORMED_JSON`: The body is not valid JSON
       *     - `OPERATOR_NOT_ALLOWED`: Fields starting with $ are not allowed
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'OPERATOR_NOT_ALLOWED';
            };
          };
        };
      };
      /** @description - `UNAUTHENTICATED`: Please sign in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHENTICATED';
            };
          };
        };
      };
      /**
       * @description - `FORBIDDEN`: You are not allowed to do this
       *     - `CSRF_REJECTED`: This request came from a page this server does not trust; use the application itself
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN' | 'CSRF_REJECTED';
            };
          };
        };
      };
      /** @description - `USER_NOT_FOUND`: No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'USER_NOT_FOUND';
            };
          };
        };
      };
      /**
       * @description - `CANNOT_LOCK_OUT_SELF`: You cannot deactivate yourself or remove your own administrator role
       *     - `CONFLICT`: Someone else just created or changed this; reload and try again
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'CANNOT_LOCK_OUT_SELF' | 'CONFLICT';
            };
          };
        };
      };
      /** @description - `PAYLOAD_TOO_LARGE`: The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description - `UNSUPPORTED_MEDIA_TYPE`: The body must be application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description - `UNKNOWN_ORGANISATION`: The chosen organisation does not exist */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNKNOWN_ORGANISATION';
            };
          };
        };
      };
      /** @description - `INTERNAL`: Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL';
            };
          };
        };
      };
      /** @description - `SERVICE_UNAVAILABLE`: Service unavailable, please retry shortly */
      503: {
        headers: {
          /** @description Seconds */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            error?: {
              /** @enum {string} */
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
}
