using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CcHc.IntegrationTests.Tracking;

/// <summary>
/// The real host with its clock near the end of Sơn Kỳ's plan year (20/12/2024, 10:00 in Vietnam), after every entry of
/// the demo progress log; the login limits are raised because these tests sign in many times from one address.
/// </summary>
public sealed class TrackingWebApplicationFactory : CcHcWebApplicationFactory
{
    public static readonly DateTimeOffset Start = new(2024, 12, 20, 10, 0, 0, TimeSpan.FromHours(7));

    public FakeTimeProvider Clock { get; } = new(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(50) };

    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Security:LoginRequestsPerIpPerMinute", "10000"), ("Security:LoginAttemptsPerUserPerWindow", "10000")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Sơn Kỳ's staff for the tests, their tasks, and real multipart posts of the task page's forms.</summary>
public static class TrackingTestSupport
{
    public const string Finance = "tk.staff.sonky.finance";
    public const string Justice = "tk.staff.sonky.justice";
    public const string Culture = "tk.staff.sonky.culture";
    public const string Chairman = "tk.chairman.sonky";

    private static readonly AccountSeed[] Accounts =
    [
        new(Finance, "Công chức TC-KT Sơn Kỳ (test)", AppRoles.Staff, "xã Sơn Kỳ", PositionTitles: ["Công chức Tài chính - Kế toán"]),
        new(Justice, "Công chức TP-HT Sơn Kỳ (test)", AppRoles.Staff, "xã Sơn Kỳ", PositionTitles: ["Công chức Tư pháp - Hộ tịch"]),
        new(Culture, "Công chức VH-XH Sơn Kỳ (test)", AppRoles.Staff, "xã Sơn Kỳ", PositionTitles: ["Công chức Văn hóa - Xã hội"]),
        new(Chairman, "Chủ tịch Sơn Kỳ (test)", AppRoles.Chairman, "xã Sơn Kỳ"),
    ];

    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A small but complete one-page PDF (catalog, pages, page, content stream, font, xref with real offsets).</summary>
    public static byte[] Pdf(string text = "Bien ban kiem tra")
    {
        var stream = $"BT /F1 18 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(Accounts, TestAccounts.Password);
        }

        return await TestAccounts.SignedInAsync(factory, userName);
    }

    /// <summary>The first task (or the one at <paramref name="index"/>) of the Sơn Kỳ item whose heading contains <paramref name="heading"/>.</summary>
    public static Task<Guid> SonKyTaskAsync(WebApplicationFactory<Program> factory, string heading, int index = 0) => DatabaseProbe.QueryAsync(factory, async db =>
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, "xã Sơn Kỳ");
        var itemId = await db.PlanItems.Where(i => i.PlanId == planId && i.Heading.Contains(heading)).Select(i => i.Id).SingleAsync();
        return await db.PlanTasks.Where(t => t.ItemId == itemId).OrderBy(t => t.Order).Skip(index).Select(t => t.Id).FirstAsync();
    });

    /// <summary>What a post could have changed for one task: its status, its notes, its evidence rows.</summary>
    public static Task<string> TaskStateAsync(WebApplicationFactory<Program> factory, Guid taskId) => DatabaseProbe.QueryAsync(factory, async db =>
    {
        var progress = await db.PlanTasks.Where(t => t.Id == taskId).Select(t => t.Progress).SingleAsync();
        var notes = await db.TaskNotes.CountAsync(n => n.TaskId == taskId);
        var files = await db.EvidenceFiles.CountAsync(f => f.TaskId == taskId);
        return $"{progress}|{notes}|{files}";
    });

    /// <summary>Refused the way the app refuses: 403, or the cookie handler's redirect to the access-denied page.</summary>
    public static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.True(
            response.StatusCode == System.Net.HttpStatusCode.Forbidden
            || (response.StatusCode == System.Net.HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"expected 403, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>Stored files anywhere: rows of the file store (the database) and any file under the old evidence folder.</summary>
    public static int StoredFileCount(CcHcWebApplicationFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var rows = scope.ServiceProvider.GetRequiredService<CcHc.Infrastructure.Persistence.CcHcDbContext>().StoredFiles.Count();
        var root = Path.Combine(factory.DataDirectory, "evidence");
        return rows + (Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length : 0);
    }

    /// <summary>The bytes the file store keeps for an evidence row (read from the StoredFiles table), or null.</summary>
    public static Task<byte[]?> StoredBytesAsync(WebApplicationFactory<Program> factory, Guid planId, string storageKey) => DatabaseProbe.QueryAsync(factory, db =>
    {
        var key = CcHc.Infrastructure.Tracking.EvidenceStore.KeyOf(planId, storageKey);
        return db.StoredFiles.Where(f => f.Key == key).Select(f => f.Content).SingleOrDefaultAsync();
    });

    /// <summary>The task page's form <paramref name="formId"/> as a browser sends it (multipart), with files and changed fields.</summary>
    public static async Task<HttpResponseMessage> PostTaskFormAsync(
        HttpClient client, Guid taskId, string formId, IReadOnlyDictionary<string, string> changes, params (string Name, byte[] Content)[] files)
    {
        var page = await client.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative));
        return await PostParsedAsync(client, taskId, HtmlForm.Parse(page, formId), formId, changes, files);
    }

    public static async Task<HttpResponseMessage> PostParsedAsync(
        HttpClient client, Guid taskId, HtmlForm form, string formId, IReadOnlyDictionary<string, string> changes, params (string Name, byte[] Content)[] files)
    {
        foreach (var (key, value) in changes)
        {
            form[key] = value;
        }

        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in form.Fields.Where(f => f.Key != "Files"))
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "Files", name);
        }

        var handler = formId == "update-form" ? "Update" : "Note";
        return await client.PostAsync(new Uri($"/Tasks/Details/{taskId}?handler={handler}", UriKind.Relative), content);
    }
}

/// <summary>Ids the authorization matrix needs for the task pages: a task the staff account leads, an evidence file.</summary>
public static class TrackingMatrixIds
{
    /// <summary>A task of the plan whose item the Tài chính - Kế toán position leads (the matrix's staff account), else the first.</summary>
    public static Task<Guid> TaskIdAsync(WebApplicationFactory<Program> factory, Guid planId) => DatabaseProbe.QueryAsync(factory, async db =>
    {
        var finance = await db.Positions.Where(p => p.Title == "Công chức Tài chính - Kế toán" && p.CommuneId == null).Select(p => p.Id).SingleAsync();
        var items = db.PlanItems.Where(i => i.PlanId == planId);
        return await db.PlanTasks.Where(t => items.Any(i => i.Id == t.ItemId && i.LeadPositionId == finance)).OrderBy(t => t.Id).Select(t => (Guid?)t.Id).FirstOrDefaultAsync()
            ?? await db.PlanTasks.Where(t => items.Any(i => i.Id == t.ItemId)).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    });

    /// <summary>An evidence file of the task <see cref="TaskIdAsync"/> picks, stored (row and bytes) on first use.</summary>
    public static async Task<Guid> EvidenceIdAsync(WebApplicationFactory<Program> factory, Guid planId)
    {
        var taskId = await TaskIdAsync(factory, planId);
        var existing = await DatabaseProbe.QueryAsync(factory, db => db.EvidenceFiles.Where(f => f.PlanId == planId && f.TaskId == taskId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync());
        if (existing is { } id)
        {
            return id;
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CcHc.Infrastructure.Persistence.CcHcDbContext>();
        var bytes = TrackingTestSupport.Png;
        var file = new CcHc.Domain.Tracking.EvidenceFile(planId, taskId, null, "ma-tran.png", CcHc.Domain.Tracking.EvidenceType.Png, bytes.Length,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), new CcHc.Domain.Plans.Actor("matrix", "Ma trận phân quyền"), DateTimeOffset.UtcNow);
        scope.ServiceProvider.GetRequiredService<CcHc.Infrastructure.Tracking.EvidenceStore>().Add(planId, file.StorageKey, bytes);
        db.EvidenceFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }
}
