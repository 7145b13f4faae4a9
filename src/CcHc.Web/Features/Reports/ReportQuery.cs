using System.Security.Claims;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CcHc.Web.Features.Reports;

/// <summary>A report page's content: the plan version and, when it is issued, its report with the figures.</summary>
public sealed record ReportPage(PlanView Plan, ReportView? View)
{
    /// <summary>The report as the authorization rules see it (for the buttons a page shows).</summary>
    public ReportResource Resource => ReportQuery.ResourceOf(Plan);
}

/// <summary>
/// Opens the results report of a plan version for one operation: the plan found through the caller's scope (another
/// commune's is not found), the operation decided by <see cref="ReportOperations"/> (forbidden otherwise), and the
/// report loaded only for an issued version. The report's pages, files and commands all open it here.
/// </summary>
public sealed class ReportQuery(CcHcDbContext db, TimeProvider clock, IAuthorizationService authorization)
{
    public async Task<CommandResult<ReportPage>> LoadAsync(
        ClaimsPrincipal user, Guid planId, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var plan = await OpenAsync(user, planId, operation, cancellationToken);
        if (plan.Value is not { } found)
        {
            return plan.As<ReportPage>();
        }

        var view = ReportView.IsReportable(found) ? await ReportView.LoadAsync(db, found, clock, track: false, cancellationToken) : null;
        return CommandResult.Done(new ReportPage(found, view));
    }

    /// <summary>The plan version, if the caller may do <paramref name="operation"/> to its report.</summary>
    internal async Task<CommandResult<PlanView>> OpenAsync(
        ClaimsPrincipal user, Guid planId, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var plan = await PlanView.LoadAsync(db, planId, track: false, cancellationToken);
        if (plan is null)
        {
            return CommandResult.NotFound().As<PlanView>();
        }

        return (await authorization.AuthorizeAsync(user, ResourceOf(plan), operation)).Succeeded
            ? CommandResult.Done(plan)
            : CommandResult.Forbidden().As<PlanView>();
    }

    internal static ReportResource ResourceOf(PlanView plan) =>
        new(new CommuneScope(plan.Plan.CommuneId, plan.Commune.OversightOfficeId));
}
