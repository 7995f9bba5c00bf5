import { AzureAnalyzer } from '../../bot/analyzer/azure-analyzer';
import { createAnalyzer } from '../../bot/analyzer/create-analyzer';
import { InvalidLanguageEndpointError, validateEndpoint } from '../../bot/analyzer/validate-endpoint';
import { LocalAnalyzer } from '../../bot/engine/analysis/local-analyzer';

const logger = { warn: jest.fn(), info: jest.fn() };

describe('validateEndpoint', () => {
  test.each([
    'http://molnkoll.cognitiveservices.azure.com',
    'http://10.0.0.5:5000',
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io',
  ])('refuses plain http to %s, naming the variable and what it should be', (endpoint) => {
    expect(() => validateEndpoint(endpoint)).toThrow(InvalidLanguageEndpointError);
    expect(() => validateEndpoint(endpoint)).toThrow(/AZURE_LANGUAGE_ENDPOINT must use https/);
  });

  test.each(['ftp://127.0.0.1', 'molnkoll.cognitiveservices.azure.com', 'https://user:pw@x.cognitiveservices.azure.com'])(
    'refuses %s',
    (endpoint) => {
      expect(() => validateEndpoint(endpoint)).toThrow(/AZURE_LANGUAGE_ENDPOINT/);
    },
  );

  test('accepts https anywhere, trimming a trailing slash', () => {
    expect(validateEndpoint('https://molnkoll.cognitiveservices.azure.com/')).toEqual({
      url: 'https://molnkoll.cognitiveservices.azure.com',
      insecureLoopback: false,
    });
  });

  test.each(['http://127.0.0.1:5000', 'http://localhost:5000', 'http://[::1]:5000', 'http://LOCALHOST'])(
    'accepts http to the loopback host %s, marked insecure',
    (endpoint) => {
      expect(validateEndpoint(endpoint).insecureLoopback).toBe(true);
    },
  );
});

describe('constructing analyzers', () => {
  test('AzureAnalyzer refuses http to a non-loopback host at construction', () => {
    expect(() => new AzureAnalyzer({ endpoint: 'http://molnkoll.cognitiveservices.azure.com', key: 'k', logger }))
      .toThrow(InvalidLanguageEndpointError);
  });

  test('AzureAnalyzer accepts https to a non-loopback host, with a key or a managed identity', () => {
    expect(new AzureAnalyzer({ endpoint: 'https://molnkoll.cognitiveservices.azure.com', key: 'k', logger })).toBeInstanceOf(AzureAnalyzer);
    expect(new AzureAnalyzer({ endpoint: 'https://molnkoll.cognitiveservices.azure.com', logger })).toBeInstanceOf(AzureAnalyzer);
  });

  test('a managed identity over loopback http is refused: the SDK sends bearer tokens only over https', () => {
    expect(() => new AzureAnalyzer({ endpoint: 'http://127.0.0.1:5000', logger })).toThrow(/AZURE_LANGUAGE_KEY is required/);
  });

  test('createAnalyzer picks Azure only when an endpoint is configured', () => {
    expect(createAnalyzer({}, logger)).toBeInstanceOf(LocalAnalyzer);
    expect(createAnalyzer({ endpoint: '  ', key: 'k' }, logger)).toBeInstanceOf(LocalAnalyzer);
    expect(createAnalyzer({ endpoint: 'https://molnkoll.cognitiveservices.azure.com', key: 'k' }, logger)).toBeInstanceOf(AzureAnalyzer);
    expect(() => createAnalyzer({ endpoint: 'http://molnkoll.example.se', key: 'k' }, logger)).toThrow(/AZURE_LANGUAGE_ENDPOINT/);
  });
});
