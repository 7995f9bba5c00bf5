// Molnkoll on Azure: a Linux App Service plan and web app (Node 22 LTS) running the bot, an
// Azure Bot resource whose messaging endpoint is the web app's /api/messages with the Teams
// and (optionally) Slack channels, an Azure Files share mounted at KNOWLEDGE_DIR so admins
// change knowledge without a redeploy, and optionally an Azure AI Language resource reached
// with the web app's managed identity. deployment/README.md walks through it step by step.
//
// One instance by default, with the store in SQLite under DATA_DIR. More than one instance
// needs the store on PostgreSQL: set `databaseUrl` (Azure Database for PostgreSQL flexible
// server) first, then raise `instanceCount`; deployment/README.md explains both.

targetScope = 'resourceGroup'

@description('Azure region for everything except the Azure Bot, which is global.')
param location string = resourceGroup().location

@description('Lowercase prefix of every resource name (3–16 letters, digits or dashes).')
@minLength(3)
@maxLength(16)
param namePrefix string = 'molnkoll'

@description('App Service plan SKU: B1 for a pilot, P0v3 or P1v3 in production (always on, more memory).')
param appServiceSku string = 'B1'

@description('App Service Linux runtime; Node 22 LTS or later.')
@allowed(['NODE|22-lts', 'NODE|24-lts'])
param linuxFxVersion string = 'NODE|22-lts'

@description('How the bot signs in: SingleTenant (an Entra app registration with a secret, the usual choice), MultiTenant, or UserAssignedMSI (a managed identity made here, no secret).')
@allowed(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'])
param microsoftAppType string = 'SingleTenant'

@description('Client id of the Entra app registration (MicrosoftAppId). Leave empty with UserAssignedMSI: the identity made here is used.')
param microsoftAppId string = ''

@description('Client secret of that app registration (MicrosoftAppPassword). Empty with UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('Entra tenant of the app registration (MicrosoftAppTenantId); this subscription\'s tenant by default.')
param microsoftAppTenantId string = tenant().tenantId

@description('Azure Bot SKU: F0 (free, standard channels such as Teams and Slack are free on either) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Also connect Slack through the Azure Bot\'s Slack channel (needs the four Slack values below).')
param enableSlack bool = false

@description('Slack app\'s client id (Basic Information → App Credentials).')
param slackClientId string = ''

@description('Slack app\'s client secret.')
@secure()
param slackClientSecret string = ''

@description('Slack app\'s signing secret.')
@secure()
param slackSigningSecret string = ''

@description('Slack app\'s verification token.')
@secure()
param slackVerificationToken string = ''

@description('Create an Azure AI Language resource and pass its endpoint to the bot; access by the web app\'s managed identity (no key).')
param enableLanguage bool = false

@description('Azure AI Language SKU (F0 is free, one per subscription).')
@allowed(['F0', 'S'])
param languageSku string = 'S'

@description('Where the Azure Files share with the knowledge documents is mounted in the web app (KNOWLEDGE_DIR).')
param knowledgeMountPath string = '/mnt/knowledge'

@description('DATA_DIR: the SQLite store and index cache. /home is App Service\'s own persistent storage, not the Azure Files mount; see deployment/README.md on SQLite there.')
param dataDir string = '/home/data'

@description('Teams helpdesk channel id, 19:…@thread.tacv2 (HELPDESK_CONVERSATION_ID); set it after the app is added to the team. Empty: tickets are stored but no channel sees them.')
param helpdeskConversationId string = ''

@description('Teams service URL of the helpdesk channel (HELPDESK_SERVICE_URL), e.g. https://smba.trafficmanager.net/emea/.')
param helpdeskServiceUrl string = ''

@description('Comma-separated Entra object ids who may act on tickets when the roster cannot be read (HELPDESK_MEMBERS).')
param helpdeskMembers string = ''

@description('Entra tenant of the helpdesk team (HELPDESK_TENANT_ID); empty means MicrosoftAppTenantId.')
param helpdeskTenantId string = ''

@description('DATABASE_URL: PostgreSQL shared by every instance (postgres://USER:PASSWORD@NAME.postgres.database.azure.com:5432/molnkoll?sslmode=require). Empty: SQLite under DATA_DIR, one instance only.')
@secure()
param databaseUrl string = ''

@description('Instances of the web app. More than 1 only with databaseUrl set: SQLite lives on one instance.')
@minValue(1)
param instanceCount int = 1

@description('Secret keying the user hashes (USER_HASH_SECRET, 32+ characters, e.g. openssl rand -base64 32). Empty: generated on first start and kept in DATA_DIR.')
@secure()
param userHashSecret string = ''

@description('LOG_LEVEL: fatal, error, warn, info, debug, trace or silent.')
param logLevel string = 'info'

@description('RATE_LIMIT_PER_MINUTE: questions one user may ask per minute.')
param rateLimitPerMinute int = 20

@description('MAX_QUESTION_CHARS: longer questions are cut to this many characters.')
param maxQuestionChars int = 2000

@description('STARTUP_WAIT_SECONDS: how long a question waits for the index at start-up.')
param startupWaitSeconds int = 30

@description('SHUTDOWN_GRACE_SECONDS: time to finish requests on SIGTERM; App Service allows about 30 s.')
param shutdownGraceSeconds int = 10

@description('KNOWLEDGE_MAX_FILE_MB: larger knowledge files are left out.')
param knowledgeMaxFileMb int = 10

@description('KNOWLEDGE_MAX_TOTAL_MB: the knowledge read together may be at most this large.')
param knowledgeMaxTotalMb int = 200

@description('KNOWLEDGE_RESCAN_SECONDS: full rescans of the knowledge folder. An Azure Files share sends no change events, so this is how edits there are noticed; keep it above 0.')
param knowledgeRescanSeconds int = 60

@description('CONVERSATION_CONTEXT_MINUTES: how long a follow-up may lean on the previous answer of its conversation.')
param conversationContextMinutes int = 30

@description('ANSWER_LOG_RETENTION_DAYS: answers, votes and conversation contexts are deleted after this many days; set what your retention rules require.')
param answerLogRetentionDays int = 90

@description('ADMIN_TOKEN: signs admins in to https://…/admin (16+ characters, e.g. openssl rand -base64 24). Empty: the admin page does not exist.')
@secure()
param adminToken string = ''

@description('ADMIN_REVIEW_AGE_MONTHS: documents older than this are flagged for review on the admin page.')
param adminReviewAgeMonths int = 36

var suffix = uniqueString(resourceGroup().id)
var useMsi = microsoftAppType == 'UserAssignedMSI'
var cognitiveServicesUserRole = 'a97b65f3-24c7-4388-baec-2e87135dc908'

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useMsi) {
  name: '${namePrefix}-bot-identity'
  location: location
}

var appId = useMsi ? botIdentity.properties.clientId : microsoftAppId

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: empty(databaseUrl) ? 1 : instanceCount
  }
  properties: {
    reserved: true
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(toLower('${replace(namePrefix, '-', '')}${suffix}'), 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource knowledgeShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: fileService
  name: 'knowledge'
  properties: {
    shareQuota: 5
  }
}

resource language 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (enableLanguage) {
  name: '${namePrefix}-language-${suffix}'
  location: location
  kind: 'TextAnalytics'
  sku: {
    name: languageSku
  }
  properties: {
    // A custom subdomain is what lets Entra tokens (the managed identity) in; keys are turned off.
    customSubDomainName: '${namePrefix}-language-${suffix}'
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: '${namePrefix}-${suffix}'
  location: location
  kind: 'app,linux'
  identity: useMsi ? {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: {
      '${botIdentity.id}': {}
    }
  } : {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: 'node dist/bot/index.js'
      alwaysOn: appServiceSku != 'F1'
      healthCheckPath: '/readyz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        // App Service sets PORT itself; the bot listens on it.
        { name: 'KNOWLEDGE_DIR', value: knowledgeMountPath }
        { name: 'KNOWLEDGE_MAX_FILE_MB', value: string(knowledgeMaxFileMb) }
        { name: 'KNOWLEDGE_MAX_TOTAL_MB', value: string(knowledgeMaxTotalMb) }
        { name: 'KNOWLEDGE_RESCAN_SECONDS', value: string(knowledgeRescanSeconds) }
        { name: 'DATA_DIR', value: dataDir }
        { name: 'DATABASE_URL', value: databaseUrl }
        { name: 'MicrosoftAppId', value: appId }
        { name: 'MicrosoftAppPassword', value: useMsi ? '' : microsoftAppPassword }
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppTenantId', value: microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'RATE_LIMIT_PER_MINUTE', value: string(rateLimitPerMinute) }
        { name: 'MAX_QUESTION_CHARS', value: string(maxQuestionChars) }
        { name: 'STARTUP_WAIT_SECONDS', value: string(startupWaitSeconds) }
        { name: 'SHUTDOWN_GRACE_SECONDS', value: string(shutdownGraceSeconds) }
        { name: 'AZURE_LANGUAGE_ENDPOINT', value: enableLanguage ? language.properties.endpoint : '' }
        // Empty: the bot signs in to Language with this web app's managed identity.
        { name: 'AZURE_LANGUAGE_KEY', value: '' }
        { name: 'HELPDESK_CONVERSATION_ID', value: helpdeskConversationId }
        { name: 'HELPDESK_SERVICE_URL', value: helpdeskServiceUrl }
        { name: 'HELPDESK_MEMBERS', value: helpdeskMembers }
        { name: 'HELPDESK_TENANT_ID', value: helpdeskTenantId }
        { name: 'USER_HASH_SECRET', value: userHashSecret }
        { name: 'CONVERSATION_CONTEXT_MINUTES', value: string(conversationContextMinutes) }
        { name: 'ANSWER_LOG_RETENTION_DAYS', value: string(answerLogRetentionDays) }
        { name: 'ADMIN_TOKEN', value: adminToken }
        { name: 'ADMIN_REVIEW_AGE_MONTHS', value: string(adminReviewAgeMonths) }
        // Platform settings, not the bot's: build (npm ci, npm run build) on deploy.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
      ]
    }
  }
}

resource knowledgeMount 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: web
  name: 'azurestorageaccounts'
  properties: {
    knowledge: {
      type: 'AzureFiles'
      accountName: storage.name
      shareName: knowledgeShare.name
      mountPath: knowledgeMountPath
      accessKey: storage.listKeys().keys[0].value
    }
  }
}

resource languageUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (enableLanguage) {
  name: guid(resourceGroup().id, web.name, 'language-user')
  scope: language
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesUserRole)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Molnkoll'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: appId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId
    msaAppMSIResourceId: useMsi ? botIdentity.id : ''
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource slackChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = if (enableSlack) {
  parent: bot
  name: 'SlackChannel'
  location: 'global'
  properties: {
    channelName: 'SlackChannel'
    properties: {
      clientId: slackClientId
      clientSecret: slackClientSecret
      signingSecret: slackSigningSecret
      verificationToken: slackVerificationToken
      isEnabled: true
    }
  }
}

@description('Host name of the web app: the value for `npm run teams:package -- --domain`.')
output webAppHostName string = web.properties.defaultHostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = web.name

@description('The Azure Bot\'s messaging endpoint.')
output messagingEndpoint string = 'https://${web.properties.defaultHostName}/api/messages'

@description('MicrosoftAppId as the bot uses it (the managed identity\'s client id with UserAssignedMSI).')
output botAppId string = appId

@description('Storage account and share holding the knowledge documents.')
output knowledgeStorageAccount string = storage.name
output knowledgeShareName string = knowledgeShare.name

@description('Azure AI Language endpoint, or empty.')
output languageEndpoint string = enableLanguage ? language.properties.endpoint : ''
