using System.Security.Claims;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// What an item comment reached: the comment, the item, and the account that drafted the item (the one that added it,
/// read from the audit trail; null when the trail does not say) — the person "a comment on an item you drafted" is for.
/// </summary>
public sealed record ItemCommentPosted(Guid CommentId, Guid PlanId, Guid ItemId, string? DrafterId);

/// <summary>
/// A comment on one item of a plan by the chairman of its commune or the reviewer of its office
/// (<see cref="PlanOperations.CommentOnItem"/>), shown under the item on the plan page. Any state: a comment sits beside
/// the plan, it does not change the version.
/// </summary>
public sealed class AddItemComment(CcHcDbContext db, PlanAccess access, Notifications.Notifier notifier, TimeProvider clock)
{
    /// <summary>The form's input name, the key of its error.</summary>
    public const string TextKey = "ItemComment";

    public async Task<CommandResult<ItemCommentPosted>> RunAsync(ClaimsPrincipal user, Guid planId, Guid itemId, string? text, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(planId, cancellationToken) is not { } resource
            || !await db.PlanItems.AnyAsync(i => i.Id == itemId && i.PlanId == planId, cancellationToken))
        {
            return CommandResult.NotFound().As<ItemCommentPosted>();
        }

        if (!await access.AllowsAsync(user, resource, PlanOperations.CommentOnItem))
        {
            return CommandResult.Forbidden().As<ItemCommentPosted>();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return CommandResult.Invalid(new FieldError(TextKey, "Nhập nội dung góp ý cho nội dung khắc phục này.")).As<ItemCommentPosted>();
        }

        if (text.Trim().Length > PlanComment.MaxLength)
        {
            return CommandResult.Invalid(new FieldError(TextKey, $"Góp ý tối đa {PlanComment.MaxLength} ký tự.")).As<ItemCommentPosted>();
        }

        var actor = user.AsActor();
        var comment = new PlanComment(planId, itemId, actor, clock.GetUtcNow(), text);
        db.PlanComments.Add(comment);

        // "A comment on an item you drafted": told in the same save as the comment.
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, cancellationToken);
        var heading = await db.PlanItems.Where(i => i.Id == itemId).Select(i => i.Heading).SingleAsync(cancellationToken);
        var drafterId = await ItemDrafter.FindAsync(db, itemId, cancellationToken);
        await notifier.ItemCommentedAsync(plan, heading, drafterId, text, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Done(new ItemCommentPosted(comment.Id, planId, itemId, drafterId), "Đã gửi góp ý cho nội dung khắc phục.");
    }
}
