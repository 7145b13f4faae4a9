using System.Net;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Auditing;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CcHc.IntegrationTests.Tracking.TrackingTestSupport;

namespace CcHc.IntegrationTests.Tracking;

/// <summary>
/// "Việc của tôi" and the task page on Sơn Kỳ's issued plan (27/KH-UBND), with the clock at 20/12/2024: who sees
/// which tasks, who may update them, evidence stored and served back byte for byte, refused files, tenancy, badges
/// and concurrent updates.
/// </summary>
public sealed class TaskTrackingTests : IClassFixture<TrackingWebApplicationFactory>
{
    private readonly TrackingWebApplicationFactory _factory;

    public TaskTrackingTests(TrackingWebApplicationFactory factory) => _factory = factory;

    private static Dictionary<string, string> Update(string progress, string text, string date = "2024-12-18") => new()
    {
        ["Progress"] = progress,
        ["Text"] = text,
        ["Date"] = date,
    };

    [Fact]
    public async Task A_staff_member_sees_only_the_tasks_of_their_positions_with_their_role_and_the_clerk_sees_all()
    {
        using var finance = await SignInAsync(_factory, Finance);
        using var justice = await SignInAsync(_factory, Justice);
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        var disbursement = await SonKyTaskAsync(_factory, "6.1.1");
        var contest = await SonKyTaskAsync(_factory, "1.4.2");
        var onlineServices = await SonKyTaskAsync(_factory, "7.3.5");

        var financePage = WebUtility.HtmlDecode(await finance.GetStringAsync(new Uri("/Tasks", UriKind.Relative)));
        var justicePage = WebUtility.HtmlDecode(await justice.GetStringAsync(new Uri("/Tasks", UriKind.Relative)));
        var clerkPage = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri("/Tasks", UriKind.Relative)));

        // Finance leads 6.1.1 and field 8 (one task: the block's opening paragraph is the point's words): two rows,
        // all "Chủ trì"; nothing of 1.4.2 (culture).
        Assert.Equal(2, Rows(financePage));
        Assert.Contains($"data-task-id=\"{disbursement}\"", financePage, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-task-id=\"{contest}\"", financePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Phối hợp</td>", financePage, StringComparison.Ordinal);
        Assert.Contains("Trong năm 2024", financePage, StringComparison.Ordinal);
        Assert.Contains("31/12/2024", financePage, StringComparison.Ordinal);

        // Justice leads field 2 (one task) and supports 7.3.5 and 7.3.7.x.
        Assert.Equal(3, Rows(justicePage));
        Assert.Contains($"data-task-id=\"{onlineServices}\"", justicePage, StringComparison.Ordinal);
        Assert.Contains("<td class=\"role\">Phối hợp</td>", justicePage, StringComparison.Ordinal);
        Assert.Contains("<td class=\"role\">Chủ trì</td>", justicePage, StringComparison.Ordinal);

        var allTasks = await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
            return await db.PlanTasks.CountAsync(t => db.PlanItems.Any(i => i.Id == t.ItemId && i.PlanId == planId));
        });
        Assert.Equal(allTasks, Rows(clerkPage));
        Assert.DoesNotContain("Vai trò", clerkPage, StringComparison.Ordinal);
        Assert.Contains("Việc của tôi", clerkPage, StringComparison.Ordinal);

        // A reviewer follows progress on the task pages but has no "Việc của tôi".
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        using var refused = await reviewer.GetAsync(new Uri("/Tasks", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        using var readable = await reviewer.GetAsync(new Uri($"/Tasks/Details/{disbursement}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, readable.StatusCode);
    }

    [Fact]
    public async Task The_lead_updates_the_status_with_a_note_and_a_pdf_and_a_png_which_download_byte_identical_and_audited()
    {
        using var finance = await SignInAsync(_factory, Finance);
        var taskId = await SonKyTaskAsync(_factory, "6.1.1");
        var pdf = Pdf();

        using var response = await PostTaskFormAsync(finance, taskId, "update-form",
            Update(nameof(TaskProgress.Done), "Giải ngân đạt 72% kế hoạch vốn."), ("Biên bản kiểm tra.pdf", pdf), ("anh-hien-truong.png", Png));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (progress, note, files) = await DatabaseProbe.QueryAsync(_factory, async db => (
            await db.PlanTasks.Where(t => t.Id == taskId).Select(t => t.Progress).SingleAsync(),
            await db.TaskNotes.Where(n => n.TaskId == taskId && n.Text == "Giải ngân đạt 72% kế hoạch vốn.").SingleAsync(),
            await db.EvidenceFiles.Where(f => f.TaskId == taskId).OrderBy(f => f.Type).ToListAsync()));
        Assert.Equal(TaskProgress.Done, progress);
        Assert.Equal((TaskRole.Lead, TaskProgress.Done, "Giải ngân đạt 72% kế hoạch vốn.", new DateOnly(2024, 12, 18)), (note.Role, note.Progress, note.Text, note.Date));
        Assert.Equal(["Biên bản kiểm tra.pdf", "anh-hien-truong.png"], files.Select(f => f.FileName));
        Assert.Equal([EvidenceType.Pdf, EvidenceType.Png], files.Select(f => f.Type));
        Assert.All(files, f => Assert.Equal(note.Id, f.NoteId));

        var page = WebUtility.HtmlDecode(await finance.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative)));
        Assert.Contains("Giải ngân đạt 72% kế hoạch vốn.", page, StringComparison.Ordinal);
        Assert.Contains("<span id=\"task-progress\">Hoàn thành</span>", page, StringComparison.Ordinal);
        Assert.Contains("Biên bản kiểm tra.pdf", page, StringComparison.Ordinal);

        // Downloads: the stored bytes, as an attachment, with the recognised type and nosniff; the reviewer too.
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        foreach (var (file, expected) in new[] { (files[0], pdf), (files[1], Png) })
        {
            foreach (var client in new[] { finance, reviewer })
            {
                using var download = await client.GetAsync(new Uri($"/Tasks/Evidence/{file.Id}", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                Assert.Equal(expected, await download.Content.ReadAsByteArrayAsync());
                Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
                Assert.Equal(file.ContentType, download.Content.Headers.ContentType!.MediaType);
                Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
            }

            Assert.Equal(file.Length, (await StoredBytesAsync(_factory, file.PlanId, file.StorageKey))?.LongLength);
        }

        var audited = await DatabaseProbe.QueryAsync(_factory, db =>
            db.AuditEntries.CountAsync(a => a.Action == AuditAction.Download && a.EntityType == "EvidenceFile" && a.EntityId == files[0].Id.ToString()));
        Assert.Equal(2, audited);

        // Another commune's clerk cannot fetch it.
        using var foreign = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var hidden = await foreign.GetAsync(new Uri($"/Tasks/Evidence/{files[0].Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task The_lead_withdraws_a_wrong_upload_with_a_reason_the_file_stays_marked_and_no_one_else_may()
    {
        using var finance = await SignInAsync(_factory, Finance);
        var taskId = await SonKyTaskAsync(_factory, "6.1.1");
        using (var uploaded = await PostTaskFormAsync(finance, taskId, "update-form", Update(nameof(TaskProgress.InProgress), "Tải nhầm tệp."), ("nham-tep.pdf", Pdf())))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        var file = await DatabaseProbe.QueryAsync(_factory, db => db.EvidenceFiles.SingleAsync(f => f.TaskId == taskId && f.FileName == "nham-tep.pdf"));
        var url = $"/Tasks/Details/{taskId}?handler=Withdraw";
        var token = HtmlForm.Parse(await finance.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative)))["__RequestVerificationToken"];

        // Without a reason: refused beside the reason, nothing recorded.
        using (var noReason = await finance.PostFormWithTokenAsync(url, token, [new("EvidenceId", file.Id.ToString()), new("WithdrawReason", " ")]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
            Assert.Equal("Ghi lý do rút tệp minh chứng.", Admin.AdminTestSupport.FieldMessage(await noReason.Content.ReadAsStringAsync(), "WithdrawReason"));
        }

        // Another position's staff member: refused, nothing recorded.
        using var culture = await SignInAsync(_factory, Culture);
        var cultureToken = HtmlForm.Parse(await culture.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative)))["__RequestVerificationToken"];
        using (var forged = await culture.PostFormWithTokenAsync(url, cultureToken, [new("EvidenceId", file.Id.ToString()), new("WithdrawReason", "Giả mạo")]))
        {
            AssertForbidden(forged);
        }

        Assert.False(await DatabaseProbe.QueryAsync(_factory, db => db.EvidenceWithdrawals.AnyAsync(w => w.EvidenceFileId == file.Id)));

        using (var withdrawn = await finance.PostFormWithTokenAsync(url, token, [new("EvidenceId", file.Id.ToString()), new("WithdrawReason", "Tải nhầm biên bản của năm trước.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        var record = await DatabaseProbe.QueryAsync(_factory, db => db.EvidenceWithdrawals.SingleAsync(w => w.EvidenceFileId == file.Id));
        Assert.Equal(("Tải nhầm biên bản của năm trước.", taskId), (record.Reason, record.TaskId));
        Assert.True(await DatabaseProbe.QueryAsync(_factory, db => db.EvidenceFiles.AnyAsync(f => f.Id == file.Id)));
        Assert.Equal(file.Length, (await StoredBytesAsync(_factory, file.PlanId, file.StorageKey))?.LongLength);
        var page = WebUtility.HtmlDecode(await finance.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative)));
        Assert.Contains("Đã rút", page, StringComparison.Ordinal);
        Assert.Contains("Tải nhầm biên bản của năm trước.", page, StringComparison.Ordinal);

        // A second withdrawal of the same file is refused with a message.
        using var again = await finance.PostFormWithTokenAsync(url, token, [new("EvidenceId", file.Id.ToString()), new("WithdrawReason", "Lần nữa")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(1, await DatabaseProbe.QueryAsync(_factory, db => db.EvidenceWithdrawals.CountAsync(w => w.EvidenceFileId == file.Id)));
    }

    [Fact]
    public async Task A_support_position_adds_a_note_but_cannot_change_the_status()
    {
        using var justice = await SignInAsync(_factory, Justice);
        var taskId = await SonKyTaskAsync(_factory, "7.3.5");
        var page = await justice.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative));
        Assert.Contains("id=\"note-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"update-form\"", page, StringComparison.Ordinal);

        using var note = await PostTaskFormAsync(justice, taskId, "note-form", new Dictionary<string, string>
        {
            ["Text"] = "Đã xử lý hết hồ sơ chờ tiếp nhận trong ngày.",
            ["Date"] = "2024-12-19",
        });
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        var saved = await DatabaseProbe.QueryAsync(_factory, db => db.TaskNotes.Where(n => n.TaskId == taskId && n.Text.StartsWith("Đã xử lý hết")).SingleAsync());
        Assert.Equal((TaskRole.Support, (TaskProgress?)null, "Đã xử lý hết hồ sơ chờ tiếp nhận trong ngày."), (saved.Role, saved.Progress, saved.Text));

        // A forged status form (with a valid antiforgery and concurrency token) is refused.
        var before = await TaskStateAsync(_factory, taskId);
        var form = HtmlForm.Parse(await justice.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative)), "note-form");
        form["ConcurrencyToken"] = (await DatabaseProbe.QueryAsync(_factory, db => db.ConcurrencyTokenAsync<PlanTask>(taskId))).ToString();
        using var forged = await PostParsedAsync(justice, taskId, form, "update-form", Update(nameof(TaskProgress.Done), "Tự đánh dấu hoàn thành"));
        AssertForbidden(forged);
        Assert.Equal(before, await TaskStateAsync(_factory, taskId));
    }

    [Fact]
    public async Task A_staff_member_of_another_position_can_neither_update_nor_add_a_note()
    {
        using var culture = await SignInAsync(_factory, Culture);
        var taskId = await SonKyTaskAsync(_factory, "6.1.1", 0);
        var page = await culture.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative));
        Assert.DoesNotContain("id=\"update-form\"", page, StringComparison.Ordinal);
        var token = HtmlForm.Parse(page)["__RequestVerificationToken"];
        var before = await TaskStateAsync(_factory, taskId);
        var stamp = (await DatabaseProbe.QueryAsync(_factory, db => db.ConcurrencyTokenAsync<PlanTask>(taskId))).ToString();

        foreach (var handler in new[] { "Update", "Note" })
        {
            using var response = await culture.PostFormWithTokenAsync($"/Tasks/Details/{taskId}?handler={handler}", token, new Dictionary<string, string>
            {
                ["ConcurrencyToken"] = stamp,
                ["Progress"] = nameof(TaskProgress.NotStarted),
                ["Date"] = "2024-12-18",
                ["Text"] = "Không phải việc của tôi",
            });
            AssertForbidden(response);
        }

        Assert.Equal(before, await TaskStateAsync(_factory, taskId));
    }

    [Fact]
    public async Task Another_communes_task_is_not_found_on_get_and_on_a_forged_post_and_nothing_changes()
    {
        using var foreignStaff = await TestAccounts.SignedInAsync(_factory, "t.staff.camson");
        var taskId = await SonKyTaskAsync(_factory, "6.1.1", 0);
        var before = await TaskStateAsync(_factory, taskId);
        var fingerprint = await DatabaseProbe.FingerprintAsync(_factory);
        var token = await foreignStaff.GetAntiforgeryTokenAsync("/Account/ChangePassword");

        using var get = await foreignStaff.GetAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        foreach (var handler in new[] { "Update", "Note" })
        {
            using var post = await foreignStaff.PostFormWithTokenAsync($"/Tasks/Details/{taskId}?handler={handler}", token, new Dictionary<string, string>
            {
                ["Progress"] = nameof(TaskProgress.Done),
                ["Date"] = "2024-12-18",
                ["Text"] = "Giả mạo",
            });
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        var clerkPage = await (await TestAccounts.SignedInAsync(_factory, "t.clerk.camson")).GetStringAsync(new Uri("/Tasks", UriKind.Relative));
        Assert.DoesNotContain(taskId.ToString(), clerkPage, StringComparison.Ordinal);
        Assert.Equal(before, await TaskStateAsync(_factory, taskId));
        Assert.Equal(fingerprint, await DatabaseProbe.FingerprintAsync(_factory));
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "wrong-type", "bao-cao.pdf", "Tệp bao-cao.pdf không phải là PDF thật (nội dung là ảnh PNG)." },
        { "too-large", "bien-ban.pdf", "Tệp bien-ban.pdf lớn hơn 10 MB." },
        { "empty", "trong.pdf", "Tệp trong.pdf rỗng (0 byte)." },
        { "not-accepted", "chuong-trinh.exe", "Tệp chuong-trinh.exe không thuộc loại được nhận" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_refused_file_is_named_in_the_message_and_nothing_is_saved_not_even_the_good_file_or_the_note(string kind, string name, string message)
    {
        using var finance = await SignInAsync(_factory, Finance);
        var taskId = await SonKyTaskAsync(_factory, "Triển khai thực hiện quyết liệt", 0);
        var before = await TaskStateAsync(_factory, taskId);
        var stored = StoredFileCount(_factory);
        var content = kind switch
        {
            "wrong-type" => Png,
            "too-large" => [.. Pdf(), .. new byte[11 * 1024 * 1024]],
            "empty" => [],
            _ => "MZ\u0090\0"u8.ToArray(),
        };

        using var response = await PostTaskFormAsync(finance, taskId, "update-form",
            Update(nameof(TaskProgress.InProgress), "Ghi chú phải được giữ lại"), ("hop-le.pdf", Pdf()), (name, content));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains("Ghi chú phải được giữ lại", page, StringComparison.Ordinal);
        Assert.Equal(before, await TaskStateAsync(_factory, taskId));
        Assert.Equal(stored, StoredFileCount(_factory));
    }

    [Fact]
    public async Task A_post_larger_than_five_files_of_ten_megabytes_is_refused_before_it_is_read()
    {
        using var finance = await SignInAsync(_factory, Finance);
        var taskId = await SonKyTaskAsync(_factory, "Triển khai thực hiện quyết liệt", 0);
        var before = await TaskStateAsync(_factory, taskId);

        using var response = await PostTaskFormAsync(finance, taskId, "update-form",
            Update(nameof(TaskProgress.InProgress), "Quá lớn"), ("lon.pdf", [.. Pdf(), .. new byte[60 * 1024 * 1024]]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("tooLarge=True", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await finance.GetStringAsync(response.Headers.Location));
        Assert.Contains("Tổng dung lượng gửi lên vượt quá", page, StringComparison.Ordinal);
        Assert.Equal(before, await TaskStateAsync(_factory, taskId));
    }

    [Fact]
    public async Task A_note_dated_after_today_is_refused_next_to_the_date()
    {
        using var finance = await SignInAsync(_factory, Finance);
        var taskId = await SonKyTaskAsync(_factory, "Triển khai thực hiện quyết liệt", 0);
        var before = await TaskStateAsync(_factory, taskId);

        using var response = await PostTaskFormAsync(finance, taskId, "update-form", Update(nameof(TaskProgress.InProgress), "Ngày mai", "2024-12-21"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Matches("id=\"date-error\"[^>]*>Ngày thực hiện không được sau ngày hôm nay.<", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await TaskStateAsync(_factory, taskId));
    }

    [Fact]
    public async Task Due_soon_and_overdue_badges_follow_the_clock()
    {
        var contest = await SonKyTaskAsync(_factory, "1.4.2");   // Quý II năm 2024 → 30/06/2024, in progress in the demo
        var year = await SonKyTaskAsync(_factory, "3.4.1"); // Thường xuyên trong năm 2024 → 31/12/2024, in progress in the demo

        // 20/12/2024: the quarter-II task is overdue, the whole-year one due in 11 days.
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        var december = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri("/Tasks", UriKind.Relative)));
        Assert.Contains(RowStart(contest, DueState.Overdue), december, StringComparison.Ordinal);
        Assert.Contains(RowStart(year, DueState.DueSoon), december, StringComparison.Ordinal);
        Assert.Contains("Quá hạn</span>", december, StringComparison.Ordinal);
        Assert.Contains("Sắp đến hạn</span>", december, StringComparison.Ordinal);
        Assert.Equal("Overdue", FirstState(december)); // overdue rows first

        var overdue = await clerk.GetStringAsync(new Uri("/Tasks?filter=overdue", UriKind.Relative));
        Assert.Contains(RowStart(contest, DueState.Overdue), overdue, StringComparison.Ordinal);
        Assert.DoesNotContain(year.ToString(), overdue, StringComparison.Ordinal);
        Assert.All(System.Text.RegularExpressions.Regex.Matches(overdue, "data-state=\"(\\w+)\""), m => Assert.Equal("Overdue", m.Groups[1].Value));

        // 20/06/2024: the same quarter-II task is due soon (10 days) and the whole-year one on time.
        await using var june = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2024, 6, 20, 9, 0, 0, TimeSpan.FromHours(7))))));
        using var clerkInJune = await TestAccounts.SignedInAsync(june, "t.clerk.sonky");
        var dueSoon = await clerkInJune.GetStringAsync(new Uri("/Tasks?filter=duesoon", UriKind.Relative));
        Assert.Contains(RowStart(contest, DueState.DueSoon), dueSoon, StringComparison.Ordinal);
        Assert.DoesNotContain(year.ToString(), dueSoon, StringComparison.Ordinal);
        var all = await clerkInJune.GetStringAsync(new Uri("/Tasks", UriKind.Relative));
        Assert.Contains(RowStart(year, DueState.OnTime), all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_status_form_shows_who_changed_the_status_and_when_and_keeps_the_note()
    {
        using var first = await SignInAsync(_factory, Finance);
        using var second = await SignInAsync(_factory, Finance);
        var taskId = await SonKyTaskAsync(_factory, "Triển khai thực hiện quyết liệt", 0);
        var url = new Uri($"/Tasks/Details/{taskId}", UriKind.Relative);
        var firstForm = HtmlForm.Parse(await first.GetStringAsync(url), "update-form");
        var secondForm = HtmlForm.Parse(await second.GetStringAsync(url), "update-form");

        // The field-8 task is in progress in the demo: the first person finishes it, the second's form is stale.
        using var saved = await PostParsedAsync(first, taskId, firstForm, "update-form", Update(nameof(TaskProgress.Done), "Đã hoàn thành"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await TaskStateAsync(_factory, taskId);

        var stored = StoredFileCount(_factory);

        // The stale post carries a file: it is written before the save and must be removed when the save fails.
        using var stale = await PostParsedAsync(second, taskId, secondForm, "update-form", Update(nameof(TaskProgress.InProgress), "Ghi chú của người thứ hai"), ("anh.png", Png));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("id=\"conflict\"", page, StringComparison.Ordinal);
        Assert.Contains("Công chức TC-KT Sơn Kỳ (test) đã lưu lúc 20/12/2024", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"theirs\" style=\"white-space:pre-line\">Hoàn thành</td>", page, StringComparison.Ordinal);
        Assert.Contains("Ghi chú của người thứ hai", page, StringComparison.Ordinal);
        Assert.Equal(after, await TaskStateAsync(_factory, taskId));
        Assert.Equal(stored, StoredFileCount(_factory));

        // Saving again from the refreshed form is a deliberate choice and goes through.
        using var again = await PostParsedAsync(second, taskId, HtmlForm.Parse(page, "update-form"), "update-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith(nameof(TaskProgress.InProgress), await TaskStateAsync(_factory, taskId), StringComparison.Ordinal);
    }

    private static int Rows(string page) => System.Text.RegularExpressions.Regex.Count(page, "<tr class=\"task-row\"");

    private static string FirstState(string page) => System.Text.RegularExpressions.Regex.Match(page, "data-state=\"(\\w+)\"").Groups[1].Value;

    private static string RowStart(Guid taskId, DueState state) => $"data-task-id=\"{taskId}\" data-state=\"{state}\"";
}
