using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Security;

/// <summary>
/// Every page handler of the app (found by reflection, so a new page cannot be forgotten) × every role × own and
/// foreign commune (for the reviewer: own and foreign office). Allowed requests reach the handler; denied ones
/// answer 403/404 (or the access-denied redirect) and change nothing in the database.
/// </summary>
public sealed partial class AuthorizationMatrixTests : IClassFixture<CcHcWebApplicationFactory>
{
    private const string Own = "own";
    private const string Foreign = "foreign";

    private static readonly string[] AllRoles = [AppRoles.Administrator, AppRoles.Clerk, AppRoles.Chairman, AppRoles.Staff, AppRoles.Reviewer];
    private static readonly string[] CommuneReaders = AllRoles;
    private static readonly string[] ClerkOnly = [AppRoles.Clerk];
    private static readonly string[] ChairmanOnly = [AppRoles.Chairman];
    private static readonly string[] AdminOnly = [AppRoles.Administrator];
    private static readonly string[] ClerkOrAdmin = [AppRoles.Clerk, AppRoles.Administrator];

    /// <summary>Criteria sets: an administrator, or the reviewer of the set's province (own: Cẩm Sơn's set, tỉnh Hà Tĩnh; foreign: Triệu Trạch's, tỉnh Quảng Trị).</summary>
    private static readonly string[] ReviewerOrAdmin = [AppRoles.Reviewer, AppRoles.Administrator];

    /// <summary>The one account per role; its own commune is xã Cẩm Sơn (the reviewer's office oversees it).</summary>
    private static readonly Dictionary<string, string> Accounts = new(StringComparer.Ordinal)
    {
        [AppRoles.Administrator] = "t.admin",
        [AppRoles.Chairman] = "t.chairman.camson",
        [AppRoles.Staff] = "t.staff.camson",
        [AppRoles.Reviewer] = "t.reviewer.camxuyen",
        [AppRoles.Clerk] = "t.clerk.camson",
    };

    private readonly CcHcWebApplicationFactory _factory;
    private readonly ITestOutputHelper _output;

    public AuthorizationMatrixTests(CcHcWebApplicationFactory factory, ITestOutputHelper output)
    {
        _factory = factory;
        _output = output;
    }

    /// <summary>Who may call each handler. A handler missing here fails the test: every new page must be declared.</summary>
    private static readonly Dictionary<string, string[]> Rules = new(StringComparer.Ordinal)
    {
        ["GET /Index"] = CommuneReaders,
        ["GET /Account/ChangePassword"] = AllRoles,
        ["POST /Account/ChangePassword"] = AllRoles,
        ["GET /Plans/Details"] = CommuneReaders,
        ["POST /Plans/Details Submit"] = ClerkOnly,
        ["POST /Plans/Details Resume"] = ClerkOnly,
        ["POST /Plans/Details Issue"] = ClerkOnly,
        ["POST /Plans/Details NewVersion"] = ClerkOnly,
        ["POST /Plans/Details Return"] = ChairmanOnly,
        ["POST /Plans/Details Approve"] = ChairmanOnly,
        ["POST /Plans/Details Comment"] = [AppRoles.Clerk, AppRoles.Chairman, AppRoles.Reviewer],
        ["POST /Plans/Details ItemComment"] = [AppRoles.Chairman, AppRoles.Reviewer],
        ["POST /Plans/Details Withdraw"] = ClerkOnly,

        // The confirmation step of "Trình" (the body's ConfirmAction): who may take the step may be asked.
        ["POST /Plans/Details Confirm"] = ClerkOnly,
        ["POST /Plans/Details Revision"] = [AppRoles.Reviewer],
        ["GET /Plans/History"] = CommuneReaders,
        ["GET /Plans/Document"] = CommuneReaders,
        ["GET /Plans/Pdf"] = CommuneReaders,
        ["GET /Plans/Xlsx"] = CommuneReaders,
        ["GET /Plans/Docx"] = CommuneReaders,
        ["GET /Plans/Signed"] = CommuneReaders,
        ["POST /Plans/Signed"] = ClerkOnly,
        ["GET /Office/Index"] = [AppRoles.Reviewer, AppRoles.Administrator],
        ["GET /Office/Index Zip"] = [AppRoles.Reviewer, AppRoles.Administrator],
        ["GET /Office/Index Xlsx"] = [AppRoles.Reviewer, AppRoles.Administrator],
        ["POST /Office/Index DueDate"] = [AppRoles.Reviewer],
        ["GET /Dashboard/Index"] = CommuneReaders,
        ["GET /Assessments/Create"] = ClerkOnly,
        ["POST /Assessments/Create"] = ClerkOnly,
        ["GET /Assessments/Scores"] = CommuneReaders,
        ["POST /Assessments/Scores"] = ClerkOnly,
        ["POST /Assessments/Scores CreatePlan"] = ClerkOnly,
        ["GET /Assessments/Export"] = CommuneReaders,
        ["GET /Assessments/Import"] = ClerkOnly,
        ["POST /Assessments/Import"] = ClerkOnly,
        ["GET /Plans/EditHeader"] = ClerkOnly,
        ["POST /Plans/EditHeader"] = ClerkOnly,
        ["GET /Plans/CarryOver"] = ClerkOnly,
        ["POST /Plans/CarryOver"] = ClerkOnly,
        ["GET /Plans/EditItem"] = ClerkOnly,
        ["GET /Plans/EditItem PreviewDeadline"] = ClerkOnly,
        ["POST /Plans/EditItem"] = ClerkOnly,
        ["POST /Plans/EditItem Delete"] = ClerkOnly,
        ["GET /Plans/Create"] = ClerkOnly,
        ["POST /Plans/Create"] = ClerkOnly,
        ["GET /Tasks/Index"] = [AppRoles.Staff, AppRoles.Clerk, AppRoles.Chairman],

        // Notifications belong to a user, not to a role: every signed-in user has the list and their own choices.
        ["GET /Notifications/Index"] = AllRoles,
        ["POST /Notifications/Index ReadAll"] = AllRoles,
        ["POST /Notifications/Index Preferences"] = AllRoles,
        ["GET /Tasks/Details"] = CommuneReaders,
        ["POST /Tasks/Details Update"] = [AppRoles.Staff],
        ["POST /Tasks/Details Note"] = [AppRoles.Staff],
        ["POST /Tasks/Details Withdraw"] = [AppRoles.Staff],
        ["GET /Tasks/Evidence"] = CommuneReaders,
        ["GET /Reports/Details"] = CommuneReaders,
        ["POST /Reports/Details Issue"] = ClerkOnly,
        ["GET /Reports/Edit"] = ClerkOnly,
        ["POST /Reports/Edit"] = ClerkOnly,
        ["GET /Reports/Document"] = CommuneReaders,
        ["GET /Reports/Pdf"] = CommuneReaders,
        ["GET /Reports/Xlsx"] = CommuneReaders,
        ["GET /Reports/Docx"] = CommuneReaders,

        // Periodic progress reports: the results report's rules (a draft outside the commune is not found: ProgressReportTests).
        ["GET /ProgressReports/Index"] = CommuneReaders,
        ["GET /ProgressReports/Details"] = CommuneReaders,
        ["POST /ProgressReports/Details Issue"] = ClerkOnly,
        ["GET /ProgressReports/Edit"] = ClerkOnly,
        ["POST /ProgressReports/Edit"] = ClerkOnly,
        ["GET /ProgressReports/File"] = CommuneReaders,
        ["GET /ProgressReports/Document"] = CommuneReaders,
        ["GET /Office/ProgressReports"] = [AppRoles.Reviewer, AppRoles.Administrator],
        ["GET /Positions/Index"] = ClerkOrAdmin,
        ["POST /Positions/Index Add"] = ClerkOrAdmin,
        ["POST /Positions/Index Suggest"] = ClerkOrAdmin,
        ["POST /Positions/Index Rename"] = ClerkOrAdmin,
        ["POST /Positions/Index Contact"] = ClerkOrAdmin,
        ["POST /Positions/Index Remove"] = ClerkOrAdmin,
        ["POST /Positions/Index Members"] = ClerkOrAdmin,
        ["GET /Admin/CriteriaSets/Index"] = ReviewerOrAdmin,
        ["GET /Admin/CriteriaSets/Index Template"] = ReviewerOrAdmin,
        ["GET /Admin/CriteriaSets/Import"] = ReviewerOrAdmin,
        ["POST /Admin/CriteriaSets/Import"] = ReviewerOrAdmin,
        ["GET /Admin/CriteriaSets/Edit"] = ReviewerOrAdmin,
        ["POST /Admin/CriteriaSets/Edit"] = ReviewerOrAdmin,
        ["POST /Admin/CriteriaSets/Edit Remove"] = ReviewerOrAdmin,
        ["POST /Admin/CriteriaSets/Edit Add"] = ReviewerOrAdmin,
        ["POST /Admin/CriteriaSets/Edit Bands"] = ReviewerOrAdmin,
        ["GET /Admin/CriteriaSets/Copy"] = ReviewerOrAdmin,
        ["POST /Admin/CriteriaSets/Copy"] = ReviewerOrAdmin,
        ["GET /Admin/CriteriaSets/Export"] = ReviewerOrAdmin,
        ["GET /Admin/CriteriaSets/Delete"] = ReviewerOrAdmin,
        ["POST /Admin/CriteriaSets/Delete"] = ReviewerOrAdmin,
    };

    /// <summary>Pages under /Admin are administrators' only, without a per-page rule, except the criteria sets.</summary>
    private static bool IsAdminOnly(PageHandler handler) =>
        handler.Path.StartsWith("/Admin/", StringComparison.Ordinal) && !handler.Path.StartsWith("/Admin/CriteriaSets/", StringComparison.Ordinal);

    /// <summary>Handlers outside the matrix, each with its reason.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["GET /Account/Login"] = "anonymous by design; tested in AccountSecurityTests",
        ["POST /Account/Login"] = "anonymous by design; tested in AccountSecurityTests",
        ["GET /Account/Logout"] = "only redirects home",
        ["POST /Account/Logout"] = "would end the session the matrix runs in; any signed-in user may sign out",
        ["GET /Account/AccessDenied"] = "anonymous by design: the page denied requests are sent to",
        ["POST /Notifications/Index Open"] = "per user, not per role: another user's notification id is not found (NotificationTests)",
        ["POST /Notifications/Index Read"] = "per user, not per role: another user's notification id is not found (NotificationTests)",
        ["GET /Error"] = "anonymous by design",
        ["GET /Verify"] = "anonymous by design (the public checking page); tested in VerifyPageTests",
        ["POST /Verify"] = "anonymous by design (the public checking page); tested in VerifyPageTests",
        ["GET /Plans/Signed Download"] = "needs a signed copy, which the matrix's plans do not have; roles and scope tested in SignedCopyUploadTests",
    };

    [Fact]
    public async Task Every_handler_allows_exactly_the_declared_roles_in_scope_and_denied_requests_change_nothing()
    {
        await TestAccounts.EnsureCreatedAsync(_factory);
        var handlers = DiscoverHandlers();
        var undeclared = handlers.Where(h => !Rules.ContainsKey(h.Key) && !Excluded.ContainsKey(h.Key) && !IsAdminOnly(h)).Select(h => h.Key).ToList();
        Assert.True(undeclared.Count == 0, "Handlers without an authorization rule: " + string.Join(", ", undeclared));

        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var (role, account) in Accounts)
        {
            clients[role] = await TestAccounts.SignedInAsync(_factory, account);
        }

        var failures = new List<string>();
        var cases = 0;

        // The clerk runs last and deletions run last, so state changes do not hide other cases.
        foreach (var role in Accounts.Keys)
        {
            var client = clients[role];
            var token = await client.GetAntiforgeryTokenAsync("/Account/ChangePassword");
            foreach (var handler in handlers.Where(h => !Excluded.ContainsKey(h.Key)).OrderBy(h => h.Handler == "Delete").ThenBy(h => h.Key, StringComparer.Ordinal))
            {
                var allowedRoles = IsAdminOnly(handler) ? AdminOnly : Rules[handler.Key];
                foreach (var scope in handler.Template.Contains('{', StringComparison.Ordinal) && !IsAdminOnly(handler) ? new[] { Own, Foreign } : [Own])
                {
                    cases++;
                    var expectAllowed = allowedRoles.Contains(role) && (scope == Own || role == AppRoles.Administrator);
                    var url = await UrlAsync(handler, scope, role);
                    var before = await DatabaseProbe.FingerprintAsync(_factory);
                    using var response = handler.Verb == "GET"
                        ? await client.GetAsync(new Uri(url, UriKind.Relative))
                        : await client.PostFormWithTokenAsync(url, token, await BodyAsync(handler, scope));
                    var denied = IsDenied(response);
                    if (response.StatusCode == HttpStatusCode.BadRequest)
                    {
                        failures.Add($"{role} {scope} {handler.Key}: 400 (form not accepted)");
                    }
                    else if (denied == expectAllowed)
                    {
                        failures.Add($"{role} {scope} {handler.Key} {url}: expected {(expectAllowed ? "allowed" : "denied")}, got {(int)response.StatusCode} {response.Headers.Location}");
                    }
                    else if (denied && before != await DatabaseProbe.FingerprintAsync(_factory))
                    {
                        failures.Add($"{role} {scope} {handler.Key}: denied but the database changed");
                    }
                }
            }
        }

        _output.WriteLine($"Authorization matrix: {handlers.Count} handlers, {Accounts.Count} roles, {cases} requests.");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(cases > 100, $"only {cases} cases ran");
    }

    private static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/Account/AccessDenied", StringComparison.Ordinal) || location.Contains("/Account/Login", StringComparison.Ordinal)));

    private List<PageHandler> DiscoverHandlers() => PageHandlers.Discover(_factory.Services).ToList();

    private async Task<string> UrlAsync(PageHandler handler, string scope, string role)
    {
        var commune = scope == Own ? "xã Cẩm Sơn" : "xã Triệu Trạch";
        var planId = await DatabaseProbe.PlanIdAsync(_factory, commune);
        var itemId = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.PlanId == planId).OrderByDescending(i => i.Order).Select(i => (Guid?)i.Id).FirstOrDefaultAsync());
        var ids = await AdminIdsAsync(role);
        var communeId = scope == Own ? Guid.Parse(ids.CommuneId) : await DatabaseProbe.QueryAsync(_factory, db => db.Communes.Where(c => c.Name == commune).Select(c => c.Id).SingleAsync());
        var assessmentId = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.AssessmentId).SingleAsync());
        var taskId = handler.Template.Contains("{taskId", StringComparison.Ordinal) ? await Tracking.TrackingMatrixIds.TaskIdAsync(_factory, planId) : Guid.Empty;
        var evidenceId = handler.Path == "/Tasks/Evidence" ? await Tracking.TrackingMatrixIds.EvidenceIdAsync(_factory, planId) : Guid.Empty;
        var criteriaSetId = scope == Own
            ? Guid.Parse(ids.CriteriaSetId)
            : await DatabaseProbe.QueryAsync(_factory, db => db.Assessments.Where(a => a.CommuneId == communeId).Select(a => a.CriteriaSetId).FirstAsync());
        return PageHandlers.Url(handler, new PageRouteIds(
            planId, itemId, taskId, evidenceId, assessmentId!.Value, criteriaSetId, communeId, Guid.Parse(ids.OfficeId), ids.UserId));
    }

    private Task<(string UserId, string CommuneId, string OfficeId, string CriteriaSetId)> AdminIdsAsync(string role) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var user = await db.Users.Where(u => u.UserName == Accounts[role]).Select(u => u.Id).SingleAsync();
        var commune = await db.Communes.Where(c => c.Name == "xã Cẩm Sơn").Select(c => new { c.Id, c.OversightOfficeId }).SingleAsync();
        var criteriaSet = await db.Assessments.Where(a => a.CommuneId == commune.Id).Select(a => a.CriteriaSetId).FirstAsync();
        return (user, commune.Id.ToString(), commune.OversightOfficeId!.Value.ToString(), criteriaSet.ToString());
    });

    /// <summary>A plausible body for every form, with the current concurrency token, so a missing check would show as a change.</summary>
    private async Task<List<KeyValuePair<string, string>>> BodyAsync(PageHandler handler, string scope)
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, scope == Own ? "xã Cẩm Sơn" : "xã Triệu Trạch");
        var stamp = handler.Path switch
        {
            "/Plans/EditItem" => await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.PlanId == planId).OrderByDescending(i => i.Order)
                .Select(i => EF.Property<Guid>(i, CcHcDbContext.ConcurrencyToken)).FirstOrDefaultAsync()),
            "/Assessments/Scores" => await DatabaseProbe.QueryAsync(_factory, db => db.Assessments.Where(a => db.Plans.Any(p => p.Id == planId && p.AssessmentId == a.Id))
                .Select(a => EF.Property<Guid>(a, CcHcDbContext.ConcurrencyToken)).SingleAsync()),
            "/Tasks/Details" => await DatabaseProbe.QueryAsync(_factory, async db => await db.ConcurrencyTokenAsync<CcHc.Domain.Plans.PlanTask>(await Tracking.TrackingMatrixIds.TaskIdAsync(_factory, planId))),
            _ => await DatabaseProbe.PlanStampAsync(_factory, planId),
        };
        return
        [
            new("Stamp", stamp.ToString()),
            new("ConcurrencyToken", stamp.ToString()),
            new("Comment", "Ý kiến của ma trận phân quyền"),
            new("NewComment", "Góp ý của ma trận phân quyền"),
            new("ItemComment", "Góp ý cho nội dung của ma trận phân quyền"),
            new("ItemId", (await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.PlanId == planId).OrderBy(i => i.Order).Select(i => i.Id).FirstOrDefaultAsync())).ToString()),
            new("ConfirmAction", "Submit"),
            new("DocumentNumber", "99"),
            new("IssueDate", "2024-03-01"),
            new("Input.Heading", "Sửa bởi ma trận phân quyền"),
            new("Input.Province", "tỉnh Hà Tĩnh"),
            new("Input.Summary", "Sửa bởi ma trận phân quyền"),
            new("Input.Proposals", "Kiến nghị của ma trận phân quyền"),
            new("Input.NextFocus", "Nhiệm vụ kỳ tới của ma trận phân quyền"),
            new("Input.SignerName", "Ma trận phân quyền"),
            new("Input.PlaceName", "Cẩm Sơn"),
            new("Input.SignerAuthority", "TM. ỦY BAN NHÂN DÂN"),
            new("Input.SignerTitle", "CHỦ TỊCH"),
            new("Input.Tasks[0].Description", "Nhiệm vụ của ma trận phân quyền"),
            new("Input.Deadline", "Cả năm"),
            new("Info.Year", "2023"),
            new("Info.DecisionNumber", "1/QĐ-MATRAN"),
            new("Info.DecisionBody", "Ma trận phân quyền"),
            new("Input.CurrentPassword", "khong-dung-mat-khau-1"),
            new("Input.NewPassword", "matkhaumoi-12345"),
            new("Input.ConfirmPassword", "matkhaumoi-12345"),
            new("Progress", "InProgress"),
            new("Date", "2024-03-01"),
            new("Text", "Ghi chú của ma trận phân quyền"),
            new("EvidenceId", handler.Path == "/Tasks/Details" ? (await Tracking.TrackingMatrixIds.EvidenceIdAsync(_factory, planId)).ToString() : string.Empty),
            new("WithdrawReason", "Rút bởi ma trận phân quyền"),
        ];
    }
}
