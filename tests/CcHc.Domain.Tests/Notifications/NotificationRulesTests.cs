using CcHc.Domain.Notifications;

namespace CcHc.Domain.Tests.Notifications;

public sealed class NotificationRulesTests
{
    [Theory]
    [InlineData(NotificationKind.PlanSubmitted, new[] { Audience.CommuneChairman })]
    [InlineData(NotificationKind.PlanReturned, new[] { Audience.CommuneClerk })]
    [InlineData(NotificationKind.PlanApproved, new[] { Audience.CommuneClerk })]
    [InlineData(NotificationKind.PlanIssued, new[] { Audience.OfficeReviewer, Audience.TaskLead, Audience.TaskSupporter })]
    [InlineData(NotificationKind.RevisionRequested, new[] { Audience.CommuneClerk, Audience.CommuneChairman })]
    [InlineData(NotificationKind.TaskDue, new[] { Audience.TaskLead, Audience.TaskSupporter })]
    [InlineData(NotificationKind.TaskNote, new[] { Audience.TaskLead, Audience.TaskSupporter })]
    [InlineData(NotificationKind.ItemComment, new[] { Audience.ItemDrafter })]
    public void Each_event_goes_to_the_people_the_issue_names(NotificationKind kind, Audience[] expected)
    {
        Assert.Equal(expected.OrderBy(a => a), NotificationRules.AudienceOf(kind).OrderBy(a => a));
    }

    [Fact]
    public void Every_kind_has_an_audience()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            Assert.NotEmpty(NotificationRules.AudienceOf(kind));
        }
    }

    [Fact]
    public void The_actor_is_never_told_of_their_own_act_and_each_recipient_is_told_once()
    {
        var recipients = NotificationRules.Recipients(["lead", "clerk", "lead", "support", "", "clerk"], actorId: "clerk");

        Assert.Equal(["lead", "support"], recipients);
    }

    [Fact]
    public void A_reminder_has_no_actor_so_everyone_is_told()
    {
        Assert.Equal(["a", "b"], NotificationRules.Recipients(["a", "b"], actorId: null));
    }
}

public sealed class DueRemindersTests
{
    private static readonly DateOnly Due = new(2025, 6, 30);

    [Theory]
    [InlineData(15, null)]
    [InlineData(14, DueThreshold.In14Days)]
    [InlineData(8, DueThreshold.In14Days)]
    [InlineData(7, DueThreshold.In7Days)]
    [InlineData(2, DueThreshold.In7Days)]
    [InlineData(1, DueThreshold.In1Day)]
    [InlineData(0, DueThreshold.In1Day)]
    [InlineData(-1, DueThreshold.Overdue)]
    [InlineData(-40, DueThreshold.Overdue)]
    public void The_threshold_reached_follows_the_days_left(int daysLeft, DueThreshold? expected)
    {
        var today = Due.AddDays(-daysLeft);
        Assert.Equal(expected, DueReminders.Reached(Due, today, done: false));
    }

    [Fact]
    public void A_done_task_gets_no_reminder_even_when_its_date_has_passed()
    {
        Assert.Null(DueReminders.Reached(Due, Due.AddDays(3), done: true));
    }

    [Fact]
    public void The_key_is_one_per_threshold_per_task_and_due_date()
    {
        var task = Guid.NewGuid();
        var keys = new[]
        {
            DueReminders.Key(task, Due, DueThreshold.In14Days),
            DueReminders.Key(task, Due, DueThreshold.In7Days),
            DueReminders.Key(task, Due.AddDays(10), DueThreshold.In7Days), // deadline moved: armed again
            DueReminders.Key(Guid.NewGuid(), Due, DueThreshold.In7Days),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(keys[0], DueReminders.Key(task, Due, DueThreshold.In14Days));
        Assert.True(keys.All(k => k.Length <= NotificationMessage.MaxKey));
    }

    [Fact]
    public void Every_day_from_15_days_before_to_overdue_raises_exactly_four_distinct_reminders()
    {
        var task = Guid.NewGuid();
        var keys = Enumerable.Range(-20, 40)
            .Select(offset => DueReminders.Reached(Due, Due.AddDays(offset), done: false))
            .OfType<DueThreshold>()
            .Select(t => DueReminders.Key(task, Due, t))
            .Distinct()
            .ToList();

        Assert.Equal(4, keys.Count);
    }
}

public sealed class NoticesTests
{
    private static readonly PlanRef Plan = new(Guid.Parse("0190a0b0-0000-7000-8000-000000000001"), 2024, 1, "xã Cẩm Sơn");

    [Fact]
    public void A_submitted_plan_tells_the_chairman_in_Vietnamese_with_the_link()
    {
        var message = Notices.PlanSubmitted(Plan, "Nguyễn Thị Lan");

        Assert.Equal(NotificationKind.PlanSubmitted, message.Kind);
        Assert.Equal("Kế hoạch chờ phê duyệt: kế hoạch khắc phục năm 2024 của xã Cẩm Sơn", message.Subject);
        Assert.Contains("Nguyễn Thị Lan đã trình", message.Body, StringComparison.Ordinal);
        Assert.Equal("/Plans/Details/0190a0b0-0000-7000-8000-000000000001", message.Link);
        Assert.Null(message.Key);
    }

    [Fact]
    public void A_returned_plan_carries_the_chairmans_comment()
    {
        var message = Notices.PlanReturned(Plan with { VersionNumber = 2 }, "Hoàng Văn Hiệp", "Bổ sung thời hạn mục 3");

        Assert.Contains("(phiên bản 2)", message.Subject, StringComparison.Ordinal);
        Assert.Contains("\"Bổ sung thời hạn mục 3\"", message.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DueThreshold.In14Days, "Nhiệm vụ đến hạn trong 14 ngày: ", "đến hạn ngày 30/06/2025")]
    [InlineData(DueThreshold.In7Days, "Nhiệm vụ đến hạn trong 7 ngày: ", "đến hạn ngày 30/06/2025")]
    [InlineData(DueThreshold.In1Day, "Nhiệm vụ đến hạn trong 1 ngày: ", "đến hạn ngày 30/06/2025")]
    [InlineData(DueThreshold.Overdue, "Nhiệm vụ quá hạn: ", "đã quá hạn (hạn 30/06/2025)")]
    public void A_due_reminder_says_how_long_is_left(DueThreshold threshold, string subjectStart, string when)
    {
        var task = new TaskRef(Guid.NewGuid(), "Chỉ số 1.1", "Công khai thủ tục hành chính", Plan);
        var message = Notices.TaskDue(task, new DateOnly(2025, 6, 30), threshold);

        Assert.StartsWith(subjectStart, message.Subject, StringComparison.Ordinal);
        Assert.EndsWith("Công khai thủ tục hành chính", message.Subject, StringComparison.Ordinal);
        Assert.Contains(when, message.Body, StringComparison.Ordinal);
        Assert.Equal(DueReminders.Key(task.TaskId, new DateOnly(2025, 6, 30), threshold), message.Key);
        Assert.Equal("/Tasks/Details/" + task.TaskId, message.Link);
    }

    [Fact]
    public void A_long_description_is_shortened_in_the_subject_only()
    {
        var description = new string('x', 300);
        var message = Notices.TaskDue(new TaskRef(Guid.NewGuid(), "Mục", description, Plan), new DateOnly(2025, 6, 30), DueThreshold.In7Days);

        Assert.True(message.Subject.Length < 120);
        Assert.EndsWith("…", message.Subject, StringComparison.Ordinal);
        Assert.Contains(description, message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_email_body_gives_the_absolute_link_when_the_site_address_is_known()
    {
        var body = Notices.EmailBody("Lê Văn A", "Nội dung", "/Tasks/Details/1", "https://cchc.example.vn/");

        Assert.StartsWith("Kính gửi Lê Văn A,", body, StringComparison.Ordinal);
        Assert.Contains("Xem chi tiết: https://cchc.example.vn/Tasks/Details/1", body, StringComparison.Ordinal);
        Assert.Contains("Xem chi tiết: /Tasks/Details/1", Notices.EmailBody("A", "B", "/Tasks/Details/1", null), StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_lists_every_notification_of_the_day()
    {
        var (subject, body) = Notices.Digest("Lê Văn A", new DateOnly(2025, 6, 3), [("Một", "/a"), ("Hai", "/b")], "https://x.vn");

        Assert.Equal("Tổng hợp thông báo ngày 03/06/2025 (2 thông báo)", subject);
        Assert.Contains("- Một\n  https://x.vn/a", body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("- Hai\n  https://x.vn/b", body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
