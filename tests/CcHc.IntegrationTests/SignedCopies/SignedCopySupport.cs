using System.Net;
using System.Security.Cryptography.X509Certificates;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.SignedCopies;

/// <summary>A host that signs issued plans with the self-signed demo certificate, as Development does.</summary>
public sealed class DemoSigningFactory : CcHcWebApplicationFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Signing:UseDemoCertificate", "true")];
}

internal static class SignedCopySupport
{
    public const string SonKy = "xã Sơn Kỳ";

    public static readonly DateTimeOffset SigningTime = new(2024, 2, 21, 2, 2, 49, TimeSpan.Zero);

    /// <summary>
    /// A throw-away self-signed certificate standing in for the chairman's USB token (a second signer, not CcHc's own
    /// configuration), valid at <see cref="SigningTime"/>: intact copies signed with it check as "Chưa xác định".
    /// </summary>
    public static X509Certificate2 ChairmanCertificate() =>
        DemoCertificate.Create("UBND xã Sơn Kỳ", SigningTime.AddDays(-1), SigningTime.AddYears(3));

    public static byte[] SignAsChairman(byte[] pdf)
    {
        using var certificate = ChairmanCertificate();
        return PdfSigner.Sign(pdf, certificate, new SignatureAppearance { Organisation = "Ủy ban nhân dân xã Sơn Kỳ", SigningTime = SigningTime });
    }

    public static async Task<byte[]> GetBytesAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string tokenPage, byte[] file, string fileName)
    {
        var token = await client.GetAntiforgeryTokenAsync(tokenPage);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new ByteArrayContent(file), "Upload", fileName);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Another PDF, printed by the app's own printer: a plan-like page that is not the issued version.</summary>
    public static Task<byte[]> OtherPdfAsync(CcHcWebApplicationFactory factory) =>
        factory.Services.GetRequiredService<ChromiumPdfPrinter>().PrintAsync(
            "<html><body style='font-family:Liberation Serif'><p>ỦY BAN NHÂN DÂN XÃ SƠN KỲ</p><p>KẾ HOẠCH khác, không phải bản đã ban hành.</p></body></html>");

    public static async Task<string> PdfsigAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cchc-signed-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            return await PdfTools.RunAsync("pdfsig", file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
