using Microsoft.Extensions.Configuration;

namespace CcHc.Infrastructure.Notifications;

/// <summary>
/// The "Email" settings: Host, Port, UserName, Password, From, UseTls (README), and SiteAddress (the address links
/// in e-mails start with, e.g. https://cchc.example.gov.vn). No Host: notifications stay in the app, nothing is sent.
/// The retry settings tune the outbox sender: the first retry after RetryBaseSeconds, doubling up to RetryMaxSeconds.
/// </summary>
public sealed class EmailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "CcHc <no-reply@cchc.local>";

    /// <summary>True: STARTTLS (or TLS from the start on port 465); false: plain SMTP, for a relay on the local network only.</summary>
    public bool UseTls { get; set; } = true;

    public string? SiteAddress { get; set; }

    public double PollSeconds { get; set; } = 10;

    public double RetryBaseSeconds { get; set; } = 30;

    public double RetryMaxSeconds { get; set; } = 1800;

    public int BatchSize { get; set; } = 50;

    /// <summary>Whether e-mail is sent at all.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public static EmailOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new EmailOptions();
        configuration.GetSection("Email").Bind(options);
        return options;
    }

    /// <summary>How long a message waits after its n-th failed attempt: base × 2^(n−1), at most the maximum.</summary>
    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(RetryMaxSeconds, RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempts - 1))));
}
