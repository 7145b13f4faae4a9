using System.Formats.Asn1;
using System.Net;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using CcHc.Infrastructure.Signatures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>What <see cref="TestTimestampAuthority"/> answers.</summary>
public enum TimestampAnswer
{
    /// <summary>A token over the request's imprint with its nonce (status granted).</summary>
    Granted,

    /// <summary>Status rejection (2), no token.</summary>
    Rejected,

    /// <summary>A granted token whose nonce is not the request's (a replayed answer).</summary>
    WrongNonce,

    /// <summary>HTTP 503.</summary>
    Unavailable,
}

/// <summary>
/// An RFC 3161 timestamp authority run by the test on a loopback port (Kestrel): it decodes a TimeStampReq, writes the
/// TSTInfo with <see cref="AsnWriter"/> (version 1, a test policy, the imprint, a serial, genTime, the nonce) and signs
/// it with <see cref="SignedCms"/> as content type id-ct-TSTInfo, with ESS signing-certificate-v2; its certificate is
/// issued by its own root with the extended key usage timeStamping, critical (as RFC 3161 requires). POST
/// application/timestamp-query to <see cref="Url"/>. Reusable by any test that needs a TSA; <see cref="Root"/> is the
/// certificate a deployment would trust.
/// </summary>
public sealed class TestTimestampAuthority : IAsyncDisposable
{
    public const string RootName = "CN=Root CA dấu thời gian Thử nghiệm, O=Ban Cơ yếu Thử nghiệm, C=VN";
    public const string AuthorityName = "CN=Dịch vụ cấp dấu thời gian Thử nghiệm, O=Ban Cơ yếu Thử nghiệm, C=VN";
    public const string PolicyOid = "1.3.6.1.4.1.99999.1.1";

    private readonly TimeProvider _clock;
    private readonly WebApplication _app;
    private long _serial;
    private int _requests;

    private TestTimestampAuthority(TimeProvider clock, WebApplication app, X509Certificate2 root, X509Certificate2 certificate)
    {
        _clock = clock;
        _app = app;
        Root = root;
        Certificate = certificate;
    }

    /// <summary>The authority's root (public part): what a deployment that trusts this TSA puts in its anchors.</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The authority's signing certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    public Uri Url { get; private set; } = null!;

    public TimestampAnswer Answer { get; set; } = TimestampAnswer.Granted;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Starts the authority; its certificates are valid from a year before <paramref name="clock"/>'s now to five years after.</summary>
    public static async Task<TestTimestampAuthority> StartAsync(TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var now = clock.GetUtcNow();
        var (root, certificate) = Certificates(now.AddYears(-1), now.AddYears(5));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var authority = new TestTimestampAuthority(clock, app, root, certificate);
        app.MapPost("/tsa", authority.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        authority.Url = new Uri(new Uri(address), "/tsa");
        return authority;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (Answer == TimestampAnswer.Unavailable)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        if (context.Request.ContentType != "application/timestamp-query"
            || !Rfc3161TimestampRequest.TryDecode(body.ToArray(), out var request, out _))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        byte[] response;
        if (Answer == TimestampAnswer.Rejected)
        {
            response = Response(2, null);
        }
        else
        {
            var nonce = request.GetNonce() is { } n ? n.ToArray() : null;
            if (Answer == TimestampAnswer.WrongNonce && nonce is not null)
            {
                nonce[^1] ^= 0x01;
            }

            response = Response(0, CreateToken(request.HashAlgorithmId.Value!, request.GetMessageHash().ToArray(), nonce, request.RequestSignerCertificate));
        }

        context.Response.ContentType = "application/timestamp-reply";
        await context.Response.Body.WriteAsync(response);
    }

    /// <summary>A timestamp token (a CMS ContentInfo) over <paramref name="imprint"/>, at this authority's now.</summary>
    public byte[] CreateToken(string hashAlgorithm, byte[] imprint, byte[]? nonce = null, bool includeCertificate = true)
    {
        var genTime = _clock.GetUtcNow();
        genTime = genTime.AddTicks(-(genTime.Ticks % TimeSpan.TicksPerSecond));
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(1);
            writer.WriteObjectIdentifier(PolicyOid);
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(hashAlgorithm);
                }

                writer.WriteOctetString(imprint);
            }

            writer.WriteInteger(new BigInteger(Interlocked.Increment(ref _serial)));
            writer.WriteGeneralizedTime(genTime, omitFractionalSeconds: true);
            if (nonce is not null)
            {
                writer.WriteInteger(nonce);
            }
        }

        var cms = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.9.16.1.4"), writer.Encode()), detached: false);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, Certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = includeCertificate ? X509IncludeOption.EndCertOnly : X509IncludeOption.None,
        };
        signer.SignedAttributes.Add(CadesAttributes.SigningCertificateV2Attribute(Certificate));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken ContentInfo OPTIONAL }.</summary>
    private static byte[] Response(int status, byte[]? token)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(status);
            }

            if (token is not null)
            {
                writer.WriteEncodedValue(token);
            }
        }

        return writer.Encode();
    }

    private static (X509Certificate2 Root, X509Certificate2 Authority) Certificates(DateTimeOffset from, DateTimeOffset to)
    {
        using var rootKey = RSA.Create(2048);
        var rootRequest = new CertificateRequest(RootName, rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, critical: false));
        using var root = rootRequest.CreateSelfSigned(from, to.AddYears(5));

        using var key = RSA.Create(2048);
        var request = new CertificateRequest(AuthorityName, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.8") }, critical: true));
        using var issued = request.Create(root, from, to, RandomNumberGenerator.GetBytes(12));
        return (X509CertificateLoader.LoadCertificate(root.RawData), issued.CopyWithPrivateKey(key));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Root.Dispose();
        Certificate.Dispose();
    }
}
