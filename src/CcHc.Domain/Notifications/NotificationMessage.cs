using System.Globalization;
using System.Text;

namespace CcHc.Domain.Notifications;

/// <summary>
/// One notification's text: a short Vietnamese subject (the bell's line and the e-mail's subject), a body, the link to
/// the page it is about (an app-relative path), and for a reminder its <see cref="Key"/> (<see cref="DueReminders.Key"/>).
/// </summary>
public sealed record NotificationMessage(NotificationKind Kind, string Subject, string Body, string Link, string? Key = null)
{
    public const int MaxSubject = 300;
    public const int MaxBody = 4000;
    public const int MaxLink = 300;
    public const int MaxKey = 200;
}

/// <summary>A plan as the texts name it: "Kế hoạch khắc phục năm 2024 (phiên bản 2) của xã Cẩm Sơn".</summary>
public sealed record PlanRef(Guid PlanId, int Year, int VersionNumber, string CommuneName)
{
    public string Name => VersionNumber > 1
        ? string.Create(CultureInfo.InvariantCulture, $"kế hoạch khắc phục năm {Year} (phiên bản {VersionNumber}) của {CommuneName}")
        : string.Create(CultureInfo.InvariantCulture, $"kế hoạch khắc phục năm {Year} của {CommuneName}");

    public string Link => "/Plans/Details/" + PlanId.ToString("D");
}

/// <summary>A task as the texts name it, with its plan.</summary>
public sealed record TaskRef(Guid TaskId, string ItemHeading, string Description, PlanRef Plan)
{
    public string Link => "/Tasks/Details/" + TaskId.ToString("D");

    /// <summary>The task's description, shortened for a subject line.</summary>
    public string Brief => Description.Length <= 80 ? Description : string.Concat(Description.AsSpan(0, 79), "…");
}

/// <summary>The Vietnamese texts of every event (issue 18): what happened, who did it, what to do next, and where.</summary>
public static class Notices
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static NotificationMessage PlanSubmitted(PlanRef plan, string actorName) => new(
        NotificationKind.PlanSubmitted,
        Cap($"Kế hoạch chờ phê duyệt: {plan.Name}"),
        $"{actorName} đã trình {plan.Name}. Đề nghị Chủ tịch xem xét, phê duyệt hoặc trả lại kèm ý kiến.",
        plan.Link);

    public static NotificationMessage PlanReturned(PlanRef plan, string actorName, string comment) => new(
        NotificationKind.PlanReturned,
        Cap($"Kế hoạch bị trả lại: {plan.Name}"),
        $"{actorName} đã trả lại {plan.Name} với ý kiến: \"{comment}\". Đề nghị chỉnh sửa và trình lại.",
        plan.Link);

    public static NotificationMessage PlanApproved(PlanRef plan, string actorName) => new(
        NotificationKind.PlanApproved,
        Cap($"Kế hoạch đã được phê duyệt: {plan.Name}"),
        $"{actorName} đã phê duyệt {plan.Name}. Bước tiếp theo: ban hành (nhập số và ngày văn bản).",
        plan.Link);

    public static NotificationMessage PlanIssued(PlanRef plan, string documentLine, DateOnly issueDate) => new(
        NotificationKind.PlanIssued,
        Cap($"Kế hoạch đã ban hành: {plan.Name}"),
        $"{Capitalise(plan.Name)} đã được ban hành ({documentLine}, ngày {issueDate.ToString("dd/MM/yyyy", Vietnamese)}). "
            + "Các nhiệm vụ trong kế hoạch bắt đầu được theo dõi; người chủ trì và phối hợp xem việc của mình tại mục \"Việc của tôi\".",
        plan.Link);

    public static NotificationMessage RevisionRequested(PlanRef plan, string officeName, string reason) => new(
        NotificationKind.RevisionRequested,
        Cap($"Yêu cầu sửa đổi kế hoạch: {plan.Name}"),
        $"{officeName} yêu cầu sửa đổi {plan.Name}. Lý do: \"{reason}\". Đề nghị lập phiên bản mới và ban hành lại.",
        plan.Link);

    public static NotificationMessage TaskDue(TaskRef task, DateOnly dueDate, DueThreshold threshold)
    {
        var due = dueDate.ToString("dd/MM/yyyy", Vietnamese);
        var (subject, when) = threshold switch
        {
            DueThreshold.Overdue => ($"Nhiệm vụ quá hạn: {task.Brief}", $"đã quá hạn (hạn {due})"),
            DueThreshold.In1Day => ($"Nhiệm vụ đến hạn trong 1 ngày: {task.Brief}", $"đến hạn ngày {due}"),
            _ => (string.Create(CultureInfo.InvariantCulture, $"Nhiệm vụ đến hạn trong {(int)threshold} ngày: {task.Brief}"), $"đến hạn ngày {due}"),
        };
        return new NotificationMessage(
            NotificationKind.TaskDue,
            Cap(subject),
            $"Nhiệm vụ \"{task.Description}\" (mục {task.ItemHeading}, {task.Plan.Name}) {when} và chưa hoàn thành. "
                + "Đề nghị cập nhật tiến độ và tải lên tài liệu kiểm chứng.",
            task.Link,
            DueReminders.Key(task.TaskId, dueDate, threshold));
    }

    public static NotificationMessage TaskNote(TaskRef task, string actorName, string? text) => new(
        NotificationKind.TaskNote,
        Cap($"Cập nhật tiến độ: {task.Brief}"),
        $"{actorName} đã ghi nhận tiến độ nhiệm vụ \"{task.Description}\" ({task.Plan.Name})"
            + (string.IsNullOrWhiteSpace(text) ? "." : $": \"{text.Trim()}\"."),
        task.Link);

    public static NotificationMessage ItemComment(PlanRef plan, string itemHeading, string actorName, string comment) => new(
        NotificationKind.ItemComment,
        Cap($"Ý kiến về mục \"{itemHeading}\""),
        $"{actorName} đã góp ý về mục \"{itemHeading}\" của {plan.Name}: \"{comment}\".",
        plan.Link);

    /// <summary>
    /// The e-mail's body: the notification's text, then the link (absolute when the site's address is known).
    /// </summary>
    public static string EmailBody(string recipientName, string body, string link, string? siteAddress)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = new StringBuilder()
            .Append("Kính gửi ").Append(recipientName).AppendLine(",")
            .AppendLine()
            .AppendLine(body)
            .AppendLine()
            .Append("Xem chi tiết: ").AppendLine(Absolute(link, siteAddress))
            .AppendLine()
            .AppendLine(Footer);
        return text.ToString();
    }

    /// <summary>A daily digest: one e-mail listing the day's notifications, newest last.</summary>
    public static (string Subject, string Body) Digest(string recipientName, DateOnly day, IReadOnlyList<(string Subject, string Link)> items, string? siteAddress)
    {
        ArgumentNullException.ThrowIfNull(items);
        var text = new StringBuilder()
            .Append("Kính gửi ").Append(recipientName).AppendLine(",")
            .AppendLine()
            .Append(CultureInfo.InvariantCulture, $"Có {items.Count} thông báo mới:").AppendLine()
            .AppendLine();
        foreach (var (subject, link) in items)
        {
            text.Append("- ").AppendLine(subject).Append("  ").AppendLine(Absolute(link, siteAddress));
        }

        text.AppendLine().AppendLine(Footer);
        return (Cap(string.Create(CultureInfo.InvariantCulture, $"Tổng hợp thông báo ngày {day.ToString("dd/MM/yyyy", Vietnamese)} ({items.Count} thông báo)")), text.ToString());
    }

    public const string Footer = "Thư này được gửi tự động từ hệ thống CcHc. Có thể tắt nhận thư hoặc chọn nhận bản tổng hợp hằng ngày tại trang Thông báo.";

    private static string Absolute(string link, string? siteAddress) =>
        string.IsNullOrWhiteSpace(siteAddress) ? link : siteAddress.TrimEnd('/') + link;

    private static string Cap(string subject) =>
        subject.Length <= NotificationMessage.MaxSubject ? subject : string.Concat(subject.AsSpan(0, NotificationMessage.MaxSubject - 1), "…");

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Vietnamese) + text[1..];
}
