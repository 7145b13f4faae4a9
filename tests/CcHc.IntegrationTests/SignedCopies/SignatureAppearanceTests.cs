using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Signatures;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.Signatures.AppearanceSupport;
using static CcHc.IntegrationTests.SignedCopies.SignedCopySupport;

namespace CcHc.IntegrationTests.SignedCopies;

/// <summary>
/// The appearance of Nghị định 30 on CcHc's own signature (issue 20): in the document's signer block, between the
/// title and the name, with the commune's seal in red (drawn, or the PNG the administrator uploaded) overlapping the
/// signature's lines on the left, "Cơ quan: …" and "Thời gian ký: dd/MM/yyyy HH:mm:ss" in Vietnam time — read back with
/// poppler (pdftoppm pixels, pdftotext -bbox positions, pdfsig's verdict).
/// </summary>
public sealed partial class SignatureAppearanceTests(DemoSigningFactory factory) : IClassFixture<DemoSigningFactory>, IDisposable
{
    private const string CamSon = "xã Cẩm Sơn";
    private const string TrieuTrach = "xã Triệu Trạch";
    private const string SonKyCommune = "xã Sơn Kỳ";
    private readonly SignatureFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Camson_issued_plan_is_signed_in_its_signer_block_with_a_red_seal_and_the_signing_time_in_vietnam_time()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, CamSon);
        var details = $"/Plans/Details/{planId}";
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.camson");
        using var chairman = await TestAccounts.SignedInAsync(factory, "t.chairman.camson");
        await StepAsync(clerk, details, "Submit");
        await StepAsync(chairman, details, "Approve");
        var before = DateTimeOffset.UtcNow; // issuing may sign already
        await StepAsync(clerk, details, "Issue", ("DocumentNumber", "12"), ("IssueDate", "2024-02-05"));

        var signed = await GetBytesAsync(clerk, $"/Plans/Pdf/{planId}");
        var after = DateTimeOffset.UtcNow;
        var unsigned = await GetBytesAsync(clerk, $"/Plans/Pdf/{planId}?exportOnly=true");
        Assert.True(signed.AsSpan(0, unsigned.Length).SequenceEqual(unsigned));
        await File.WriteAllBytesAsync(Path.Combine(PdfTools.ArtifactsDirectory("signature-appearance"), "cam-son-signed.pdf"), signed);
        var signerName = await DatabaseProbe.QueryAsync(factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.SignerName).SingleAsync());

        var block = await SignerBlockAsync(unsigned, signerName);
        var (page, rect) = Widget(signed, unsigned);
        Assert.Equal(block.Page, page);
        Assert.True(rect.Bottom >= block.Name.Top - 1 && rect.Top <= block.TitleBottom + 1, $"the signature {rect} is not between the title (bottom {block.TitleBottom:0.#}) and the name {block.Name}");
        Assert.True(rect.Left <= block.Name.Left && rect.Right >= block.Name.Right, $"the signature {rect} does not span the name {block.Name}");

        // The seal: red pixels in the signature's place, none there before signing; most of them in its left half.
        var pageHeight = await PageHeightAsync(unsigned, page);
        var render = await RenderAsync(_files, signed, page, pageHeight);
        var red = render.Count(rect, Red);
        Assert.True(red > 400, $"only {red} red pixels in {rect}");
        Assert.Equal(0, (await RenderAsync(_files, unsigned, page, pageHeight)).Count(rect, Red));
        var leftHalf = render.Count(rect with { Right = (rect.Left + rect.Right) / 2 }, Red);
        Assert.True(leftHalf > red * 0.8, $"{leftHalf} of {red} red pixels in the left half");

        // The texts inside the signature's place; the time in Vietnam time (UTC+7), when the file was signed.
        var words = (await WordsAsync(_files, signed)).Where(w => w.Page == page && rect.Contains(w.Box)).ToList();
        var text = string.Join(" ", words.Select(w => w.Text));
        Assert.Contains("Cơ quan: Ủy ban nhân dân xã Cẩm Sơn", text, StringComparison.Ordinal);
        var time = TimePattern().Match(text);
        Assert.True(time.Success, text);
        var shown = DateTime.ParseExact(time.Groups[1].Value, "dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        var vietnam = TimeSpan.FromHours(7);
        Assert.InRange(shown, before.ToOffset(vietnam).DateTime.AddSeconds(-1), after.ToOffset(vietnam).DateTime.AddSeconds(1));

        // The signature's lines start over the seal: the seal sticks out on their left and lies under their first third.
        var thoi = words.First(w => w.Text == "Thời");
        Assert.True(render.Count(new Box(rect.Left, rect.Bottom, thoi.Box.Left, rect.Top), Red) > red / 4, "the seal is not left of the text");
        Assert.True(render.Count(new Box(thoi.Box.Left, rect.Bottom, thoi.Box.Left + 20, rect.Top), Red) > 0, "the seal does not reach under the text");

        var pdfsig = await PdfsigAsync(signed);
        Assert.Contains("Signature is Valid", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seal_the_administrator_uploads_shows_in_the_signature_of_the_plan_issued_with_an_appendix()
    {
        var communeId = await CommuneIdAsync(TrieuTrach);
        var png = RingPng(240, (0, 170, 40));
        using var admin = await TestAccounts.SignedInAsync(factory, "t.admin");
        using (var response = await UploadAsync(admin, $"/Admin/Communes/Seal/{communeId}", $"/Admin/Communes/Seal/{communeId}", png, "con-dau.png"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(png, await GetBytesAsync(admin, $"/Admin/Communes/Seal/{communeId}?handler=Image"));
        var audit = await DatabaseProbe.QueryAsync(factory, db => db.AuditEntries.Where(a => a.Action == AuditAction.CommuneSealUpload && a.CommuneId == communeId).ToListAsync());
        Assert.Contains(audit, a => a.Note!.Contains("240 × 240", StringComparison.Ordinal) && a.Note.Contains("đã lưu", StringComparison.Ordinal) && a.UserName == "t.admin");

        // Triệu Trạch's issued letter: its signer block on the body's last page, the landscape appendix after it.
        var planId = await DatabaseProbe.PlanIdAsync(factory, TrieuTrach);
        var signed = await GetBytesAsync(admin, $"/Plans/Pdf/{planId}");
        var unsigned = await GetBytesAsync(admin, $"/Plans/Pdf/{planId}?exportOnly=true");
        await File.WriteAllBytesAsync(Path.Combine(PdfTools.ArtifactsDirectory("signature-appearance"), "trieu-trach-signed-with-uploaded-seal.pdf"), signed);
        var signerName = await DatabaseProbe.QueryAsync(factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.SignerName).SingleAsync());
        var block = await SignerBlockAsync(unsigned, signerName);
        var (page, rect) = Widget(signed, unsigned);
        Assert.Equal(block.Page, page);
        Assert.True(await PageCountAsync(unsigned) > page, "the plan has its appendix after the signer block");

        var render = await RenderAsync(_files, signed, page, await PageHeightAsync(unsigned, page));
        var green = render.Count(rect, Green);
        Assert.True(green > 400, $"only {green} pixels of the uploaded seal's green in {rect}");
        Assert.True(render.Count(rect, Red) < 20, "the drawn seal is not drawn when the commune has its own");
        Assert.Contains("Signature is Valid", await PdfsigAsync(signed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-png", "Tệp không phải là ảnh PNG.")]
    [InlineData("truncated", "bị cắt cụt")]
    [InlineData("interlaced", "xen kẽ")]
    [InlineData("too-large", "lớn hơn 1024 KB")]
    [InlineData("bad-crc", "CRC")]
    public async Task A_bad_seal_image_is_refused_with_a_vietnamese_message_and_nothing_is_stored(string kind, string message)
    {
        var communeId = await CommuneIdAsync(SonKyCommune);
        var good = RingPng(64, (200, 0, 0));
        var file = kind switch
        {
            "not-png" => "Đây không phải ảnh, chỉ là chữ."u8.ToArray(),
            "truncated" => good[..(good.Length / 2)],
            "interlaced" => RingPng(64, (200, 0, 0), interlaced: true),
            "too-large" => [.. good, .. new byte[PngImage.MaxFileBytes]],
            _ => Flip(good, 40),
        };
        using var admin = await TestAccounts.SignedInAsync(factory, "t.admin");

        using var response = await UploadAsync(admin, $"/Admin/Communes/Seal/{communeId}", $"/Admin/Communes/Seal/{communeId}", file, "con-dau.png");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await StoredSealsAsync(communeId));
        var refusals = await DatabaseProbe.QueryAsync(factory, db => db.AuditEntries.Where(a => a.Action == AuditAction.CommuneSealUpload && a.CommuneId == communeId).Select(a => a.Note).ToListAsync());
        Assert.Contains(refusals, n => n!.Contains("từ chối", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("t.clerk.camson", CamSon)]
    [InlineData("t.chairman.camson", CamSon)]
    [InlineData("t.chairman.camson", SonKyCommune)]
    [InlineData("t.reviewer.camxuyen", CamSon)]
    public async Task Only_an_administrator_sets_a_seal(string account, string commune)
    {
        var communeId = await CommuneIdAsync(commune);
        using var client = await TestAccounts.SignedInAsync(factory, account);

        using var page = await client.GetAsync(new Uri($"/Admin/Communes/Seal/{communeId}", UriKind.Relative));
        using var upload = await UploadAsync(client, $"/Admin/Communes/Seal/{communeId}", "/Account/ChangePassword", RingPng(64, (200, 0, 0)), "con-dau.png");

        Assert.True(Denied(page), $"{account} reached the seal page: {(int)page.StatusCode}");
        Assert.True(Denied(upload), $"{account} uploaded a seal: {(int)upload.StatusCode}");
        Assert.Equal(0, await StoredSealsAsync(communeId));
    }

    private static bool Denied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true);

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x01;
        return copy;
    }

    private Task<Guid> CommuneIdAsync(string name) =>
        DatabaseProbe.QueryAsync(factory, db => db.Communes.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private Task<int> StoredSealsAsync(Guid communeId)
    {
        var prefix = CommuneSeals.Prefix(communeId);
        return DatabaseProbe.QueryAsync(factory, db => db.StoredFiles.CountAsync(f => f.Key.StartsWith(prefix)));
    }

    /// <summary>Where the unsigned export prints its signer block: the page with "Nơi nhận:", the name's words, the last title line's bottom.</summary>
    private async Task<(int Page, Box Name, double TitleBottom)> SignerBlockAsync(byte[] unsigned, string signerName)
    {
        var words = await WordsAsync(_files, unsigned);
        var recipients = words.Last(w => w.Text == "Nơi" && words.Any(n => n.Page == w.Page && n.Text.StartsWith("nhận", StringComparison.Ordinal) && Math.Abs(n.Box.Bottom - w.Box.Bottom) < 2));
        var middle = (await PageWidthAsync(unsigned, recipients.Page)) / 2;
        var pageWords = words.Where(w => w.Page == recipients.Page && w.Box.Left > middle && w.Box.Top <= recipients.Box.Top + 8).ToList();
        var nameTokens = signerName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameLine = pageWords.Where(w => nameTokens.Contains(w.Text)).Min(w => w.Box.Bottom);
        var name = pageWords.Where(w => nameTokens.Contains(w.Text) && Math.Abs(w.Box.Bottom - nameLine) < 2).ToList();
        Assert.Equal(nameTokens.Length, name.Count);
        var nameBox = new Box(name.Min(w => w.Box.Left), name.Min(w => w.Box.Bottom), name.Max(w => w.Box.Right), name.Max(w => w.Box.Top));
        var titleBottom = pageWords.Where(w => w.Box.Bottom > nameBox.Top + 5).Min(w => w.Box.Bottom);
        return (recipients.Page, nameBox, titleBottom);
    }

    private static Task<double> PageHeightAsync(byte[] pdf, int page)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return Task.FromResult(document.GetPage(page).Height);
    }

    private static Task<double> PageWidthAsync(byte[] pdf, int page)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return Task.FromResult(document.GetPage(page).Width);
    }

    private static Task<int> PageCountAsync(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return Task.FromResult(document.NumberOfPages);
    }

    private static async Task StepAsync(HttpClient client, string details, string handler, params (string Key, string Value)[] fields)
    {
        using var response = await PlanSteps.PostAsync(client, details, handler, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex(@"Thời gian ký: (\d\d/\d\d/\d{4} \d\d:\d\d:\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
