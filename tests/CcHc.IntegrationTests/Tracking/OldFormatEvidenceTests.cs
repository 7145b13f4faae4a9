using System.IO.Compression;
using System.Net;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.Tracking.TrackingTestSupport;

namespace CcHc.IntegrationTests.Tracking;

/// <summary>
/// Issue 18, "Evidence": the old .doc and .xls (OLE2 compound files) and .zip archives are accepted by their first
/// bytes through the task page's real multipart form, stored byte for byte and served back with their type; a program
/// renamed to one of these names is refused with a Vietnamese message and nothing is saved.
/// </summary>
public sealed class OldFormatEvidenceTests : IClassFixture<TrackingWebApplicationFactory>
{
    private readonly TrackingWebApplicationFactory _factory;

    public OldFormatEvidenceTests(TrackingWebApplicationFactory factory) => _factory = factory;

    /// <summary>An OLE2 compound file's header (the signature and a minimal header block), as Word 97–2003 writes one.</summary>
    private static byte[] Ole2()
    {
        var bytes = new byte[1536];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        bytes[0x1A] = 0x3E;
        bytes[0x1C] = 0xFE;
        bytes[0x1D] = 0xFF;
        bytes[0x1E] = 0x09;
        bytes[0x20] = 0x06;
        return bytes;
    }

    /// <summary>A real ZIP archive with a photo in it (never unpacked by the server).</summary>
    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("anh/hien-truong.png");
            using var writer = entry.Open();
            writer.Write(Png);
        }

        return stream.ToArray();
    }

    private static Dictionary<string, string> Update(string text) => new()
    {
        ["Progress"] = nameof(TaskProgress.InProgress),
        ["Text"] = text,
        ["Date"] = "2024-12-18",
    };

    [Fact]
    public async Task Old_doc_and_xls_files_and_a_zip_archive_are_accepted_by_signature_and_downloaded_byte_identical()
    {
        using var finance = await SignInAsync(_factory, Finance);
        var taskId = await SonKyTaskAsync(_factory, "6.1.1");
        var doc = Ole2();
        var xls = Ole2();
        xls[^1] = 0x01;
        var zip = Zip();

        using var response = await PostTaskFormAsync(finance, taskId, "update-form",
            Update("Gửi biên bản bằng Word 2003, bảng tính Excel 2003 và ảnh nén."), ("Biên bản họp.doc", doc), ("Số liệu.xls", xls), ("Ảnh hiện trường.zip", zip));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var files = await DatabaseProbe.QueryAsync(_factory, db =>
            db.EvidenceFiles.Where(f => f.TaskId == taskId && (f.Type == EvidenceType.Doc || f.Type == EvidenceType.Xls || f.Type == EvidenceType.Zip)).OrderBy(f => f.Type).ToListAsync());
        Assert.Equal(["Biên bản họp.doc", "Số liệu.xls", "Ảnh hiện trường.zip"], files.Select(f => f.FileName));
        Assert.Equal(["application/msword", "application/vnd.ms-excel", "application/zip"], files.Select(f => f.ContentType));
        foreach (var (file, expected) in files.Zip(new[] { doc, xls, zip }))
        {
            using var download = await finance.GetAsync(new Uri($"/Tasks/Evidence/{file.Id}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(expected, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal(file.ContentType, download.Content.Headers.ContentType!.MediaType);
        }

        // The archive is stored as sent, never unpacked: the store holds one file per evidence row, the archive as sent.
        Assert.Equal(zip, await StoredBytesAsync(_factory, files[2].PlanId, files[2].StorageKey));
        var prefix = $"evidence/{files[2].PlanId:N}/";
        var (rows, stored) = await DatabaseProbe.QueryAsync(_factory, async db => (
            await db.EvidenceFiles.CountAsync(f => f.PlanId == files[2].PlanId), await db.StoredFiles.CountAsync(f => f.Key.StartsWith(prefix))));
        Assert.Equal(rows, stored);
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "chuong-trinh.doc", "MZ\u0090\0\u0003\0\0\0"u8.ToArray(), "Tệp chuong-trinh.doc không phải là Word cũ (.doc) thật (nội dung là chương trình chạy (.exe))." },
        { "chuong-trinh.xls", "MZ\u0090\0\u0003\0\0\0"u8.ToArray(), "Tệp chuong-trinh.xls không phải là Excel cũ (.xls) thật (nội dung là chương trình chạy (.exe))." },
        { "chuong-trinh.zip", "MZ\u0090\0\u0003\0\0\0"u8.ToArray(), "Tệp chuong-trinh.zip không phải là tệp nén ZIP thật (nội dung là chương trình chạy (.exe))." },
        { "bao-cao.docx", Ole2(), "Tệp bao-cao.docx không phải là Word (.docx) thật (nội dung là tệp Office cũ (.doc/.xls))." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_renamed_program_or_a_mislabelled_file_is_refused_in_vietnamese_and_nothing_is_saved(string name, byte[] content, string message)
    {
        using var finance = await SignInAsync(_factory, Finance);
        var taskId = await SonKyTaskAsync(_factory, "Triển khai thực hiện quyết liệt", 0);
        var before = await TaskStateAsync(_factory, taskId);
        var stored = StoredFileCount(_factory);

        using var response = await PostTaskFormAsync(finance, taskId, "update-form", Update("Ghi chú phải được giữ lại"), ("hop-le.doc", Ole2()), (name, content));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Equal(before, await TaskStateAsync(_factory, taskId));
        Assert.Equal(stored, StoredFileCount(_factory));
    }

    [Fact]
    public async Task A_withdrawn_archive_leaves_the_task_page_evidence_and_the_results_report_but_stays_in_the_audit_trail()
    {
        using var finance = await SignInAsync(_factory, Finance);
        var taskId = await SonKyTaskAsync(_factory, "Triển khai thực hiện quyết liệt", 0);
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
        using (var uploaded = await PostTaskFormAsync(finance, taskId, "update-form", Update("Gửi nhầm ảnh nén của thôn khác."), ("Ảnh nhầm thôn.zip", Zip()), ("Biên bản đúng.doc", Ole2())))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        var file = await DatabaseProbe.QueryAsync(_factory, db => db.EvidenceFiles.SingleAsync(f => f.TaskId == taskId && f.FileName == "Ảnh nhầm thôn.zip"));
        var token = HtmlForm.Parse(await finance.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative)))["__RequestVerificationToken"];
        using (var withdrawn = await finance.PostFormWithTokenAsync($"/Tasks/Details/{taskId}?handler=Withdraw", token,
                   [new("EvidenceId", file.Id.ToString()), new("WithdrawReason", "Ảnh của thôn khác.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        // The task page: no longer among the evidence, only in the collapsed list of withdrawn files, with the reason.
        var page = WebUtility.HtmlDecode(await finance.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative)));
        var table = page[page.IndexOf("id=\"evidence-table\"", StringComparison.Ordinal)..page.IndexOf("</table>", page.IndexOf("id=\"evidence-table\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains("Biên bản đúng.doc", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Ảnh nhầm thôn.zip", table, StringComparison.Ordinal);
        var withdrawnList = page[page.IndexOf("id=\"withdrawn-evidence\"", StringComparison.Ordinal)..];
        Assert.Contains("Ảnh nhầm thôn.zip", withdrawnList, StringComparison.Ordinal);
        Assert.Contains("Ảnh của thôn khác.", withdrawnList, StringComparison.Ordinal);

        // The results report (draft, created through its form) leaves it out and keeps the other file.
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        var edit = $"/Reports/Edit/{planId}";
        using (var created = await clerk.SubmitAsync(edit, HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "report-form")))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var report = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/Reports/Document/{planId}", UriKind.Relative)));
        Assert.Contains("Biên bản đúng.doc", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Ảnh nhầm thôn.zip", report, StringComparison.Ordinal);

        // The audit trail keeps the upload and the withdrawal; the row and the bytes stay.
        var audited = await DatabaseProbe.QueryAsync(_factory, async db => (
            await db.AuditEntries.CountAsync(a => a.EntityType == "EvidenceFile" && a.EntityId == file.Id.ToString()),
            await db.AuditEntries.CountAsync(a => a.EntityType == "EvidenceWithdrawal")));
        Assert.True(audited.Item1 >= 1 && audited.Item2 >= 1, $"audit: file {audited.Item1}, withdrawal {audited.Item2}");
        Assert.NotNull(await StoredBytesAsync(_factory, file.PlanId, file.StorageKey));
    }
}
