using System.Net;
using CcHc.Domain.Tracking;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CcHc.IntegrationTests.Tracking.TrackingTestSupport;

namespace CcHc.IntegrationTests.Tracking;

/// <summary>
/// One clock, in Vietnam time: at 23:30 UTC on 30/06/2024 it is already 06:30 on 01/07/2024 in Vietnam. The task list's
/// badges, the task page's default date and the times it shows are Vietnam's, whatever the server's own zone.
/// </summary>
public sealed class VietnamClockTests : IClassFixture<TrackingWebApplicationFactory>
{
    private static readonly DateTimeOffset LateUtc = new(2024, 6, 30, 23, 30, 0, TimeSpan.Zero);

    private readonly TrackingWebApplicationFactory _factory;

    public VietnamClockTests(TrackingWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task At_half_past_eleven_utc_badges_the_default_date_and_the_times_shown_are_vietnams_next_day()
    {
        var clock = new FakeTimeProvider(LateUtc);
        await using var host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var contest = await SonKyTaskAsync(host, "1.4.2"); // Quý II năm 2024 → due 30/06/2024 (the UTC date), in progress in the demo
        var onlineServices = await SonKyTaskAsync(host, "7.3.5");

        // On the UTC date the quarter-II task would be due today; in Vietnam it is already a day late.
        using var clerk = await TestAccounts.SignedInAsync(host, "t.clerk.sonky");
        var list = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri("/Tasks", UriKind.Relative)));
        Assert.Contains("Hôm nay: 01/07/2024", list, StringComparison.Ordinal);
        Assert.Contains($"data-task-id=\"{contest}\" data-state=\"{DueState.Overdue}\"", list, StringComparison.Ordinal);
        var overdue = await clerk.GetStringAsync(new Uri("/Tasks?filter=overdue", UriKind.Relative));
        Assert.Contains(contest.ToString(), overdue, StringComparison.Ordinal);

        // The note form defaults to Vietnam's date, which the domain accepts as today (on the UTC date it would be "after today").
        using var justice = await SignInAsync(host, Justice);
        var form = HtmlForm.Parse(await justice.GetStringAsync(new Uri($"/Tasks/Details/{onlineServices}", UriKind.Relative)), "note-form");
        Assert.Equal("2024-07-01", form["Date"]);
        using var posted = await PostParsedAsync(justice, onlineServices, form, "note-form", new Dictionary<string, string> { ["Text"] = "Ghi lúc sáng sớm." });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var stored = await DatabaseProbe.QueryAsync(host, db => db.TaskNotes.SingleAsync(n => n.TaskId == onlineServices && n.Text == "Ghi lúc sáng sớm."));
        Assert.Equal((new DateOnly(2024, 7, 1), LateUtc), (stored.Date, stored.At.ToUniversalTime()));

        // The page shows the note's instant in Vietnam time: 06:30 on 01/07, not 23:30 on 30/06.
        var page = WebUtility.HtmlDecode(await justice.GetStringAsync(new Uri($"/Tasks/Details/{onlineServices}", UriKind.Relative)));
        Assert.Contains("ghi lúc 01/07/2024 06:30", page, StringComparison.Ordinal);
        Assert.DoesNotContain("30/06/2024 23:30", page, StringComparison.Ordinal);
    }
}
