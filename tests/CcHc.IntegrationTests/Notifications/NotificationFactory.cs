using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Notifications;

/// <summary>
/// The real host sending e-mail to a real SMTP server on loopback (<see cref="TestSmtpServer"/>), plain SMTP, with short
/// poll and retry times so an outage is measured in seconds: first retry after 0.2 s, doubling up to 1 s.
/// </summary>
public class NotificationFactory : CcHcWebApplicationFactory, IAsyncLifetime
{
    public TestSmtpServer Smtp { get; } = new();

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Email:Host", "127.0.0.1"),
        ("Email:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Email:UseTls", "false"),
        ("Email:From", "CcHc <no-reply@cchc.test>"),
        ("Email:SiteAddress", "https://cchc.test"),
        ("Email:PollSeconds", "0.1"),
        ("Email:RetryBaseSeconds", "0.2"),
        ("Email:RetryMaxSeconds", "1"),
    ];

    public Task InitializeAsync()
    {
        Smtp.Start();
        return TestAccounts.EnsureCreatedAsync(this);
    }

    async Task IAsyncLifetime.DisposeAsync() => await Smtp.DisposeAsync();
}
