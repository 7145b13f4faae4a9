using System.Security.Cryptography.X509Certificates;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Signatures;
using Microsoft.Extensions.Logging.Abstractions;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>The signature tests share one set of real Chromium exports and one demo certificate (printing is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class SharedSignatureFiles : ICollectionFixture<SignedPdfs>
{
    public const string Name = "Signatures";
}

/// <summary>
/// Two plans printed by headless Chromium (two A4 pages each, Vietnamese text), the two joined by PdfPig as the export
/// joins a plan and its appendix, a demo certificate, and the first plan signed by CcHc.
/// </summary>
public sealed class SignedPdfs : IAsyncLifetime
{
    public const string Organisation = "Ủy ban nhân dân xã Cẩm Sơn";

    /// <summary>12/03/2026 10:15:30 in Vietnam.</summary>
    public static readonly DateTimeOffset SigningTime = new(2026, 3, 12, 3, 15, 30, TimeSpan.Zero);

    public static readonly DateTimeOffset Now = SigningTime.AddDays(30);

    public byte[] Issued { get; private set; } = [];

    public byte[] OtherPlan { get; private set; } = [];

    public byte[] Joined { get; private set; } = [];

    public byte[] SignedExport { get; private set; } = [];

    public X509Certificate2 Certificate { get; private set; } = null!;

    public static SignatureAppearance Appearance => new()
    {
        Organisation = Organisation,
        SigningTime = SigningTime,
        Reason = "Ban hành kế hoạch khắc phục",
        Location = "Cẩm Sơn, Hà Tĩnh",
    };

    public async Task InitializeAsync()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfOptions(), NullLogger<ChromiumPdfPrinter>.Instance);
        var issued = printer.PrintAsync(Plan("xã Cẩm Sơn", "Hoàng Văn Hiệp"));
        var other = printer.PrintAsync(Plan("xã Triệu Trạch", "Nguyễn Thị Lan"));
        (Issued, OtherPlan) = (await issued, await other);
        Joined = PdfJoiner.Join(Issued, OtherPlan);

        Certificate = DemoCertificate.Create(Organisation, SigningTime.AddDays(-1), SigningTime.AddDays(-1) + DemoCertificate.Validity);
        SignedExport = PdfSigner.Sign(Issued, Certificate, Appearance);
    }

    public Task DisposeAsync()
    {
        Certificate.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A two-page plan: body on page 1, the signature block of the chairman on page 2.</summary>
    public static string Plan(string commune, string chairman) => $$"""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8">
        <style>@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; } body { font-family: "Liberation Serif", serif; font-size: 14pt; }</style>
        </head><body>
        <p style="text-align:center"><b>ỦY BAN NHÂN DÂN {{commune.ToUpperInvariant()}}</b></p>
        <p style="text-align:center"><b>KẾ HOẠCH</b><br>Khắc phục hạn chế, nâng cao Chỉ số cải cách hành chính năm 2025</p>
        <p>I. MỤC ĐÍCH, YÊU CẦU: khắc phục những tiêu chí bị trừ điểm của {{commune}}.</p>
        <div style="break-after: page"></div>
        <p>II. TỔ CHỨC THỰC HIỆN: các công chức chuyên môn triển khai trước Quý II năm 2026.</p>
        <p style="text-align:right">TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br>{{chairman}}</p>
        </body></html>
        """;
}
