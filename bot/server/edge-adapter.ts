/**
 * The CloudAdapter with authentication taken out of its `process`: the server verifies the
 * token itself (so a token that fails for any reason is a plain 401, never a 500 quoting the
 * SDK's internals, and nothing reaches console.error), then runs the turn on the verified result.
 */
import { Activity, CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { AuthConfig } from '../config/config';

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** Where the SDK fetches signing keys; tests point these at a stand-in on 127.0.0.1. */
export interface OpenIdEndpoints {
  channel?: string;
  emulator?: string;
}

export class EdgeAdapter extends CloudAdapter {
  private readonly authentication: ConfigurationBotFrameworkAuthentication;

  constructor(auth: AuthConfig, openId: OpenIdEndpoints = {}) {
    const authentication = new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: auth.appId,
      MicrosoftAppPassword: auth.appPassword,
      MicrosoftAppType: auth.appType,
      MicrosoftAppTenantId: auth.tenantId,
      ...(openId.channel || openId.emulator ? publicCloudWith(openId) : {}),
    });
    super(authentication);
    this.authentication = authentication;
  }

  /** Throws for every token that does not verify; with no app id, an absent token passes. */
  authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.authentication.authenticateRequest(activity, authorization);
  }

  runTurn(verified: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(verified, activity, logic);
  }
}

/** Setting one endpoint makes the SDK expect them all; the rest stay the public cloud's. */
function publicCloudWith(openId: OpenIdEndpoints): Record<string, string> {
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openId.channel ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openId.emulator ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
