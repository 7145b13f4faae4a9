using System.Net;
using CcHc.DemoData;
using CcHc.Domain.Communes;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// Two generated communes (<see cref="SyntheticOffice"/>) whose draft plans have 5 and 50 items, stored through the
/// DbContext; a clerk and a chairman for each; SQL commands counted; the clock at 23:30 UTC, already tomorrow in Vietnam.
/// </summary>
public sealed class PlanStepFactory : CcHcWebApplicationFactory, IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2024, 2, 14, 23, 30, 0, TimeSpan.Zero);

    public SqlCommandCounter Counter { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>Plan id by item count.</summary>
    public Dictionary<int, Guid> Plans { get; } = [];

    /// <summary>A third commune's plan of 3 items, already approved (waiting to be issued); its clerk is <see cref="Clerk"/>(3).</summary>
    public Guid ApprovedPlan { get; private set; }

    public static string Clerk(int items) => $"t.clerk.cost{items}";

    public static string Chairman(int items) => $"t.chairman.cost{items}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.ConfigureDbContext<CcHcDbContext>(o => o.AddInterceptors(Counter));
        });
    }

    public async Task InitializeAsync()
    {
        await TestAccounts.EnsureCreatedAsync(this);
        int[] sizes = [5, 50, 3];
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CcHcDbContext>();
            var positions = await db.Positions.AsNoTracking().Where(p => p.CommuneId == null).ToListAsync();
            var office = new OversightOffice("Phòng Nội vụ thử bước", "huyện Thử bước", "tỉnh Hà Tĩnh");
            var communes = SyntheticOffice.Build(positions, office, sizes.Length);
            for (var i = 0; i < sizes.Length; i++)
            {
                var demo = communes[i];
                var plan = DraftOf(demo, sizes[i], positions[0].Id);
                if (sizes[i] == 3)
                {
                    var actor = new Actor("setup", "Chuẩn bị dữ liệu");
                    plan.Submit(actor, Now.AddDays(-2), demo.Assessment.Evaluate(demo.CriteriaSet));
                    plan.Approve(actor, Now.AddDays(-1));
                    ApprovedPlan = plan.Id;
                }

                db.AddDemoCommune(demo with { Plan = plan });
                Plans[sizes[i]] = plan.Id;
            }

            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
                sizes.SelectMany((size, i) => new[]
                {
                    new AccountSeed(Clerk(size), $"Công chức thử {size}", AppRoles.Clerk, communes[i].Commune.Name),
                    new AccountSeed(Chairman(size), $"Chủ tịch thử {size}", AppRoles.Chairman, communes[i].Commune.Name),
                }).ToList(),
                TestAccounts.Password);
        }
    }

    /// <summary>A complete draft of <paramref name="count"/> items, each linked to a deducted field, with lead, deadline and two tasks.</summary>
    private static RemediationPlan DraftOf(DemoCommune demo, int count, Guid lead)
    {
        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);
        var plan = new RemediationPlan(demo.Commune.Id, demo.Assessment, PlanDrafter.Header(demo.Commune, demo.Assessment, evaluation));
        var fields = evaluation.Fields.Where(f => f.IsDeducted).Select(f => f.Node).ToList();
        for (var n = 0; n < count; n++)
        {
            var field = fields[n % fields.Count];
            plan.AddItem(new ItemContent(
                $"{field.Title} ({n + 1})", field.Id, n < fields.Count ? fields.Select(f => f.Id).ToList() : [field.Id],
                "Chưa thực hiện đầy đủ.", lead, [], Deadline.Parse("Quý II năm 2024", plan.Year),
                [new TaskContent("Rà soát các nội dung bị trừ điểm."), new TaskContent("Báo cáo kết quả.")]));
        }

        return plan;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// What one workflow step costs in SQL commands, counted on the real host and a real SQLite file: the same for a plan
/// of 5 items as for one of 50, and at most 5 (submitting 6: it also writes what the plan holds, one insert of
/// <see cref="CcHc.Domain.Plans.PlanSubmission"/>, the base of "changes since the last submission"). Counted: every command the request sends to the database, except the
/// sign-in session's own look-ups (Identity's tables, <see cref="SqlCommandCounter.FeatureCommands"/>). Issuing then
/// seals the version — its snapshot (in the step's transaction), then its PDF and XLSX: that is counted apart
/// (everything after the step's own save) — a fixed cost too, checked to be the same for both plans.
/// </summary>
public sealed class PlanStepCostTests : IClassFixture<PlanStepFactory>
{
    // Five for the step itself, two for its notifications (issue 18): the commune's name for the text, and the insert of
    // the notifications and their outbox e-mails in the step's save. Finding the recipients reads Identity's tables
    // (counted apart, like the session's look-ups): one query, whatever the plan's size.
    private const int MaxStepCommands = 7;

    /// <summary>A submission also inserts its <see cref="CcHc.Domain.Plans.PlanSubmission"/> row.</summary>
    private const int MaxSubmitCommands = MaxStepCommands + 1;

    /// <summary>Issuing also inserts the version's row figures (<see cref="CcHc.Domain.Plans.IssuedFigures"/>) beside its snapshot.</summary>
    private const int MaxIssueCommands = MaxStepCommands + 1;



    private readonly PlanStepFactory _factory;
    private readonly ITestOutputHelper _output;

    public PlanStepCostTests(PlanStepFactory factory, ITestOutputHelper output)
    {
        _factory = factory;
        _output = output;
    }

    [Fact]
    public async Task Each_step_runs_a_fixed_handful_of_commands_whatever_the_plan_size()
    {
        var small = await RunWorkflowAsync(5);
        var large = await RunWorkflowAsync(50);

        foreach (var (step, commands) in small)
        {
            _output.WriteLine($"{step}: 5 items → {commands.Count} commands, 50 items → {large[step].Count}");
        }

        foreach (var step in small.Keys.Where(s => s != "Issue (freeze)"))
        {
            var max = step.StartsWith("Submit", StringComparison.Ordinal) ? MaxSubmitCommands
                : step.StartsWith("Issue", StringComparison.Ordinal) ? MaxIssueCommands
                : MaxStepCommands;
            Assert.True(small[step].Count <= max, $"{step}: {small[step].Count} commands\n{string.Join("\n", small[step])}");
        }

        Assert.Equal(small.ToDictionary(s => s.Key, s => s.Value.Count), large.ToDictionary(s => s.Key, s => s.Value.Count));
    }

    [Fact]
    public async Task A_refused_step_reads_the_plan_page_once()
    {
        var planId = _factory.Plans[5];
        using var clerk = await TestAccounts.SignedInAsync(_factory, PlanStepFactory.Clerk(5));
        var details = $"/Plans/Details/{planId}";
        var token = await clerk.GetAntiforgeryTokenAsync(details);

        HttpResponseMessage response;
        using (_factory.Counter.Record())
        {
            // Issuing without a number is refused after the plan's row is read; the page is then loaded once to redisplay.
            response = await clerk.PostFormWithTokenAsync($"{details}?handler=Issue", token,
                [new(PlanSteps.TokenField, Guid.Empty.ToString()), new("DocumentNumber", string.Empty)]);
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        // The plan view is the only reader of the plan's history (PlanTransitions) and of its criteria set.
        Assert.Equal(1, _factory.Counter.FeatureCommands.Count(c => c.Contains("\"PlanTransitions\"", StringComparison.Ordinal)));
        Assert.Equal(1, _factory.Counter.FeatureCommands.Count(c => c.Contains("\"CriteriaSets\"", StringComparison.Ordinal)));
        Assert.Contains("Nhập số văn bản", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_23_30_UTC_the_issue_date_and_the_times_shown_are_Vietnams()
    {
        // 2024-02-14T23:30Z is 15/02/2024 06:30 in Vietnam.
        var details = $"/Plans/Details/{_factory.ApprovedPlan}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, PlanStepFactory.Clerk(3));

        var issueForm = HtmlForm.ParseContaining(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)), "IssueDate");
        Assert.Equal("2024-02-15", issueForm["IssueDate"]);

        var token = await clerk.GetAntiforgeryTokenAsync(details);
        using var comment = await clerk.PostFormWithTokenAsync($"{details}?handler=Comment", token, [new("NewComment", "Góp ý lúc sáng sớm.")]);
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains("Công chức thử 3 · 15/02/2024 06:30", page, StringComparison.Ordinal);
        Assert.DoesNotContain("14/02/2024 23:30", page, StringComparison.Ordinal);
    }

    /// <summary>Submit, return, resume, submit, approve, issue; the commands of each POST (not of the GET that reads the form).</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> RunWorkflowAsync(int items)
    {
        var planId = _factory.Plans[items];
        var details = $"/Plans/Details/{planId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, PlanStepFactory.Clerk(items));
        using var chairman = await TestAccounts.SignedInAsync(_factory, PlanStepFactory.Chairman(items));
        var counts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        async Task StepAsync(HttpClient client, string handler, PlanStatus expected, params KeyValuePair<string, string>[] fields)
        {
            var form = HtmlForm.ParseContaining(await client.GetStringAsync(new Uri(details, UriKind.Relative)), PlanSteps.TokenField);
            HttpResponseMessage response;
            using (_factory.Counter.Record())
            {
                response = await client.PostFormWithTokenAsync($"{details}?handler={handler}", form["__RequestVerificationToken"],
                    [new(PlanSteps.TokenField, form[PlanSteps.TokenField]), .. fields]);
            }

            using (response)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler} ({items} items): {(int)response.StatusCode}");
            }

            var commands = _factory.Counter.FeatureCommands;
            var freeze = commands.ToList().FindIndex(c => c.Contains("\"IssuedFiles\"", StringComparison.Ordinal));
            var step = handler == "Submit" && counts.ContainsKey("Submit") ? "Submit again" : handler;
            if (freeze >= 0)
            {
                // Everything after the step's own save: loading the issued version and freezing its files.
                var stepEnd = commands.ToList().FindLastIndex(freeze, c => c.Contains("\"AuditEntries\"", StringComparison.Ordinal)) + 1;
                var firstRead = commands.ToList().FindIndex(stepEnd, c => c.StartsWith("SELECT", StringComparison.Ordinal));
                counts[step] = commands.Take(firstRead).ToList();
                counts[step + " (freeze)"] = commands.Skip(firstRead).ToList();
            }
            else
            {
                counts[step] = commands;
            }

            var status = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync());
            Assert.Equal(expected, status);
        }

        await StepAsync(clerk, "Submit", PlanStatus.Submitted);
        await StepAsync(chairman, "Return", PlanStatus.Returned, KeyValuePair.Create("Comment", "Bổ sung tiến độ."));
        await StepAsync(clerk, "Resume", PlanStatus.Draft);
        await StepAsync(clerk, "Submit", PlanStatus.Submitted);
        await StepAsync(chairman, "Approve", PlanStatus.Approved);
        await StepAsync(clerk, "Issue", PlanStatus.Issued, KeyValuePair.Create("DocumentNumber", "7"), KeyValuePair.Create("IssueDate", "2024-02-15"));
        return counts;
    }
}
