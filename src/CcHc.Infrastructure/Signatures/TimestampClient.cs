using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// Asks the RFC 3161 timestamp authority of <see cref="SigningOptions.TimestampUrl"/> for a token over a signature
/// value: a SHA-256 request with a nonce asking for the authority's certificate, POSTed as application/timestamp-query
/// through a named <see cref="HttpClient"/> with a timeout; the answer is checked by the framework
/// (<see cref="Rfc3161TimestampRequest.ProcessResponse"/>: status granted, the same nonce, the same imprint, the
/// certificate present). Any failure gives null and a warning: the signature is then made without a timestamp.
/// </summary>
public sealed class TimestampClient(IHttpClientFactory clients, SigningOptions options, ILogger<TimestampClient> logger)
{
    public const string HttpClientName = "CcHc.Signing.Timestamp";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.TimestampUrl);

    /// <summary>The token (an encoded CMS ContentInfo) for the signer's signature value, or null when none could be had.</summary>
    public async Task<byte[]?> TimestampAsync(SignerInfo signer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signer);
        if (!IsConfigured || !Uri.TryCreate(options.TimestampUrl, UriKind.Absolute, out var url))
        {
            if (IsConfigured)
            {
                logger.LogWarning("Signing:TimestampUrl {Url} is not an absolute URL; signing without a timestamp", options.TimestampUrl);
            }

            return null;
        }

        var request = Rfc3161TimestampRequest.CreateFromSignerInfo(
            signer, HashAlgorithmName.SHA256, requestSignerCertificates: true, nonce: RandomNumberGenerator.GetBytes(8));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.TimestampTimeoutSeconds)));
            using var content = new ByteArrayContent(request.Encode());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
            using var response = await clients.CreateClient(HttpClientName).PostAsync(url, content, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The timestamp authority {Url} answered {Status}; signing without a timestamp", url, (int)response.StatusCode);
                return null;
            }

            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var token = request.ProcessResponse(body, out _);
            return token.AsSignedCms().Encode();
        }
        catch (Exception e) when ((e is HttpRequestException or OperationCanceledException or CryptographicException) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The timestamp authority {Url} gave no usable timestamp; signing without a timestamp (PAdES B-B)", url);
            return null;
        }
    }
}
