using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;

namespace CcHc.Web.Features.Tracking;

/// <summary>
/// The fields of the task page's forms, as commands name them in their errors, and where the domain's refusals go:
/// a rule about <see cref="TaskNote.Date"/> beside the date, about <see cref="TaskNote.Text"/> beside the text.
/// </summary>
public static class TaskNoteForm
{
    public const string Date = nameof(Date);
    public const string Text = nameof(Text);
    public const string Progress = nameof(Progress);

    /// <summary>The form's field for the input a domain rule names (<see cref="Domain.Common.DomainException.Field"/>).</summary>
    public static string KeyOf(string domainField) => domainField switch
    {
        nameof(TaskNote.Date) => Date,
        nameof(TaskNote.Text) => Text,
        nameof(PlanTask.Progress) => Progress,
        _ => string.Empty,
    };

    /// <summary>What the form must carry before the domain is asked: the day the work was done.</summary>
    public static IEnumerable<FieldError> Check(DateOnly? date)
    {
        if (date is null)
        {
            yield return new FieldError(Date, "Nhập ngày thực hiện.");
        }
    }
}
