using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tests.Builders;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Tests.Tracking;

/// <summary>The progress log's rules: dated no later than today, a note unless the status moves, issued plans only.</summary>
public sealed class TaskNoteTests
{
    private static readonly Actor Staff = new("staff", "Công chức Tài chính - Kế toán");
    private static readonly DateOnly Today = new(2024, 5, 10);
    private static readonly DateTimeOffset Now = new(2024, 5, 10, 15, 0, 0, TimeSpan.FromHours(7));

    private static (RemediationPlan Plan, PlanTask Task) Issued()
    {
        var plan = new PlanBuilder().InStatus(PlanStatus.Issued).Plan;
        return (plan, plan.Items[0].Tasks[0]);
    }

    [Fact]
    public void The_lead_moves_the_status_and_the_entry_keeps_date_author_role_and_status()
    {
        var (plan, task) = Issued();

        var note = TaskNote.ByLead(plan, task.Id, Staff, Today.AddDays(-2), Today, TaskProgress.InProgress, "  Đã tham mưu kế hoạch.  ", Now);

        Assert.Equal(TaskProgress.InProgress, task.Progress);
        Assert.Equal((TaskRole.Lead, TaskProgress.InProgress, "Đã tham mưu kế hoạch.", Today.AddDays(-2), "Công chức Tài chính - Kế toán"),
            (note.Role, note.Progress, note.Text, note.Date, note.AuthorName));
        Assert.Equal(plan.Id, note.PlanId);
    }

    [Fact]
    public void A_date_after_today_is_refused_and_the_status_message_is_vietnamese()
    {
        var (plan, task) = Issued();

        var error = Assert.Throws<DomainException>(() =>
            TaskNote.ByLead(plan, task.Id, Staff, Today.AddDays(1), Today, TaskProgress.InProgress, "Sớm", Now));
        Assert.Equal(("Ngày thực hiện không được sau ngày hôm nay.", "Date"), (error.Message, error.Field));
        Assert.Equal("Date", Assert.Throws<DomainException>(() => TaskNote.BySupport(plan, task.Id, Staff, Today.AddDays(1), Today, "Sớm", Now)).Field);

        // Today itself is allowed.
        Assert.Equal(Today, TaskNote.BySupport(plan, task.Id, Staff, Today, Today, "Hôm nay", Now).Date);
    }

    [Fact]
    public void An_empty_note_is_refused_unless_the_status_changes()
    {
        var (plan, task) = Issued();

        var moved = TaskNote.ByLead(plan, task.Id, Staff, Today, Today, TaskProgress.Done, "   ", Now);
        Assert.Equal(string.Empty, moved.Text);
        Assert.Equal(TaskProgress.Done, task.Progress);

        var error = Assert.Throws<DomainException>(() => TaskNote.ByLead(plan, task.Id, Staff, Today, Today, TaskProgress.Done, " ", Now));
        Assert.Equal(("Hãy ghi nội dung đã thực hiện.", "Text"), (error.Message, error.Field));
        Assert.Equal("Text", Assert.Throws<DomainException>(() => TaskNote.BySupport(plan, task.Id, Staff, Today, Today, null, Now)).Field);
    }

    [Fact]
    public void A_support_note_leaves_the_status_as_it_is()
    {
        var (plan, task) = Issued();

        var note = TaskNote.BySupport(plan, task.Id, Staff, Today, Today, "Đã phối hợp rà soát hồ sơ.", Now);

        Assert.Equal(TaskProgress.NotStarted, task.Progress);
        Assert.Equal(TaskRole.Support, note.Role);
        Assert.Null(note.Progress);
    }

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Approved)]
    public void A_plan_not_issued_is_not_tracked(PlanStatus status)
    {
        var plan = new PlanBuilder().InStatus(status).Plan;
        var task = plan.Items[0].Tasks[0];

        var error = Assert.Throws<DomainException>(() => TaskNote.ByLead(plan, task.Id, Staff, Today, Today, TaskProgress.Done, "Xong", Now));
        Assert.Equal(("Chỉ theo dõi tiến độ trên kế hoạch đã ban hành.", null), (error.Message, error.Field));
        Assert.Throws<DomainException>(() => TaskNote.BySupport(plan, task.Id, Staff, Today, Today, "Ghi chú", Now));
        Assert.Equal(TaskProgress.NotStarted, task.Progress);
    }

    [Fact]
    public void A_note_longer_than_the_limit_is_refused()
    {
        var (plan, task) = Issued();

        var error = Assert.Throws<DomainException>(() =>
            TaskNote.BySupport(plan, task.Id, Staff, Today, Today, new string('a', TaskNote.MaxLength + 1), Now));
        Assert.Equal("Text", error.Field);
    }
}
