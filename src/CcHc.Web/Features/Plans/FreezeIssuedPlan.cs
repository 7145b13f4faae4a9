using CcHc.Infrastructure.Persistence;
using CcHc.Web.Printing;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// Right after a version is issued: its PDF and XLSX are produced once and stored with their SHA-256 (the PDF waits for
/// its first download on a server without a browser). A fixed number of queries whatever the plan's size: the plan
/// view's, the frozen files' look-ups and inserts.
/// </summary>
public sealed class FreezeIssuedPlan(CcHcDbContext db, PlanExports exports)
{
    public async Task RunAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (await PlanView.LoadAsync(db, planId, track: false, cancellationToken) is { } view)
        {
            await exports.FreezeAsync(view.Content, cancellationToken);
        }
    }
}
