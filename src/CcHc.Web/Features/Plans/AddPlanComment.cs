using System.Security.Claims;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Security;

namespace CcHc.Web.Features.Plans;

/// <summary>A comment on a plan version by those who read it to act on it (<see cref="PlanOperations.Comment"/>).</summary>
public sealed class AddPlanComment(CcHcDbContext db, PlanAccess access, TimeProvider clock)
{
    /// <summary>The form's input name, the key of its error.</summary>
    public const string TextKey = "NewComment";

    public async Task<CommandResult> RunAsync(ClaimsPrincipal user, Guid planId, string? text, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(planId, cancellationToken) is not { } resource)
        {
            return CommandResult.NotFound();
        }

        if (!await access.AllowsAsync(user, resource, PlanOperations.Comment))
        {
            return CommandResult.Forbidden();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return CommandResult.Invalid(new FieldError(TextKey, "Nhập nội dung góp ý."));
        }

        if (text.Length > PlanComment.MaxLength)
        {
            return CommandResult.Invalid(new FieldError(TextKey, $"Góp ý tối đa {PlanComment.MaxLength} ký tự."));
        }

        db.PlanComments.Add(new PlanComment(planId, user.AsActor(), clock.GetUtcNow(), text));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Done("Đã gửi góp ý.");
    }
}
