using System.Net;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.SignedCopies.SignedCopySupport;

namespace CcHc.IntegrationTests.SignedCopies;

/// <summary>The public checking page: anyone uploads a PDF or types the footer code and learns what it is.</summary>
public sealed class VerifyPageTests(DemoSigningFactory factory) : IClassFixture<DemoSigningFactory>
{
    private async Task<string> CheckAsync(byte[] pdf)
    {
        using var anonymous = TestAccounts.Anonymous(factory);
        using var response = await UploadAsync(anonymous, "/Verify", "/Verify", pdf, "kiem-tra.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<(byte[] Signed, byte[] Unsigned, string Code)> SonKyFilesAsync()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");
        var signed = await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}");
        var unsigned = await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}?exportOnly=true");
        var code = await DatabaseProbe.QueryAsync(factory, db => db.IssuedFiles.Where(f => f.PlanId == planId).Select(f => f.VerificationCode).FirstAsync());
        return (signed, unsigned, code);
    }

    [Fact]
    public async Task A_signed_copy_is_recognised_with_its_commune_number_date_and_intact_signature()
    {
        var (signed, unsigned, code) = await SonKyFilesAsync();

        var page = await CheckAsync(signed);
        Assert.Contains("id=\"verify-found\"", page, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân xã Sơn Kỳ", page, StringComparison.Ordinal);
        Assert.Contains("Số: 27/KH-UBND, ngày 16/02/2024", page, StringComparison.Ordinal);
        Assert.Contains("phiên bản 1", page, StringComparison.Ordinal);
        Assert.Contains(code, page, StringComparison.Ordinal);
        Assert.Contains("phần thêm sau là chữ ký số", page, StringComparison.Ordinal);
        Assert.Contains("Chữ ký số còn nguyên vẹn", page, StringComparison.Ordinal);
        Assert.Contains("CcHc DEMO", page, StringComparison.Ordinal);
        Assert.Contains("Chứng thư tự cấp", page, StringComparison.Ordinal);
        // The host's own (demo) certificate is configured, hence trusted: the demo's signed plan checks as valid.
        Assert.Contains("Chữ ký số: Hợp lệ", page, StringComparison.Ordinal);
        Assert.Contains("text-success\" id=\"verify-found\"", page, StringComparison.Ordinal);

        var plain = await CheckAsync(unsigned);
        Assert.Contains("trùng từng byte với bản PDF CcHc lưu khi ban hành", plain, StringComparison.Ordinal);
        Assert.Contains("Tệp không có chữ ký số", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flipped_byte_breaks_the_signature_and_is_said_so()
    {
        var (signed, unsigned, _) = await SonKyFilesAsync();
        var flipped = (byte[])signed.Clone();
        flipped[unsigned.Length / 3] ^= 0x01;

        var page = await CheckAsync(flipped);
        Assert.Contains("Chữ ký số KHÔNG còn nguyên vẹn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Chữ ký số còn nguyên vẹn", page, StringComparison.Ordinal);
        Assert.Contains("Chữ ký số: Không hợp lệ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("text-success", page[page.IndexOf("id=\"verify-result\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_that_is_not_a_signature_is_named_for_what_it_adds_and_the_heading_is_not_green()
    {
        var (signed, unsigned, _) = await SonKyFilesAsync();
        var annotation = System.Text.Encoding.ASCII.GetBytes(CcHc.IntegrationTests.Signatures.CertificateChainTests.AnnotationUpdate);

        var afterSignature = await CheckAsync(signed.Concat(annotation).ToArray());
        Assert.Contains("phần thêm sau gồm chữ ký số, rồi phần thêm sau chữ ký không phải là chữ ký số (1 đối tượng PDF, chú thích (annotation) trên trang)", afterSignature, StringComparison.Ordinal);
        Assert.DoesNotContain("phần thêm sau là chữ ký số", afterSignature, StringComparison.Ordinal);
        Assert.Contains("Chữ ký số: Không hợp lệ", afterSignature, StringComparison.Ordinal);
        Assert.Contains("text-danger\" id=\"verify-found\"", afterSignature, StringComparison.Ordinal);

        var unsignedUpdate = await CheckAsync(unsigned.Concat(annotation).ToArray());
        Assert.Contains("phần thêm sau không phải là chữ ký số (1 đối tượng PDF, chú thích (annotation) trên trang)", unsignedUpdate, StringComparison.Ordinal);
        Assert.Contains("Tệp không có chữ ký số", unsignedUpdate, StringComparison.Ordinal);
        Assert.DoesNotContain("text-success\" id=\"verify-found\"", unsignedUpdate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_footer_code_typed_in_finds_the_version_and_an_unknown_file_is_not_recognised()
    {
        var (_, _, code) = await SonKyFilesAsync();
        using var anonymous = TestAccounts.Anonymous(factory);

        var byCode = WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri($"/Verify?code={code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)}", UriKind.Relative)));
        Assert.Contains("Ủy ban nhân dân xã Sơn Kỳ", byCode, StringComparison.Ordinal);

        var unknown = WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri("/Verify?code=0000-0000-00", UriKind.Relative)));
        Assert.Contains("id=\"verify-not-found\"", unknown, StringComparison.Ordinal);

        var other = await CheckAsync(await OtherPdfAsync(factory));
        Assert.Contains("Không tìm thấy mã kiểm tra của CcHc", other, StringComparison.Ordinal);

        var notPdf = await CheckAsync("xin chào"u8.ToArray());
        Assert.Contains("Tệp không phải là PDF.", notPdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issued_results_report_is_recognised_by_its_footer_code()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.sonky");
        var edit = $"/Reports/Edit/{planId}";
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "report-form");
        form["Input.Summary"] = "Đánh giá chung của báo cáo dùng để kiểm tra trang tra cứu.";
        using (var saved = await clerk.SubmitAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var issued = await PlanSteps.PostAsync(clerk, $"/Reports/Details/{planId}", "Issue", ("DocumentNumber", "12"), ("IssueDate", "2024-12-20")))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }

        var pdf = await GetBytesAsync(clerk, $"/Reports/Pdf/{planId}");

        var page = await CheckAsync(pdf);
        Assert.Contains("Báo cáo kết quả khắc phục đã ban hành trên CcHc", page, StringComparison.Ordinal);
        Assert.Contains("Số: 12/BC-UBND, ngày 20/12/2024", page, StringComparison.Ordinal);
        Assert.Contains("trùng từng byte", page, StringComparison.Ordinal);
    }
}
