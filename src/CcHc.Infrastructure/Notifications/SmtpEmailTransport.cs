using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CcHc.Infrastructure.Notifications;

/// <summary>
/// Sends messages in order over one connection, calling <c>sent</c> after the server accepted each (so the caller
/// records it at once); throws at the first one the server cannot take or when it cannot be reached.
/// </summary>
public interface IEmailTransport
{
    Task SendAsync(IReadOnlyList<OutboxMessage> messages, Func<OutboxMessage, Task> sent, CancellationToken cancellationToken);
}

/// <summary>
/// SMTP through MailKit: one connection per batch, UTF-8 subject and body (MimeKit encodes the Vietnamese headers),
/// a Message-Id made from the outbox row's id so a receiving server can tell a repeat.
/// </summary>
public sealed class SmtpEmailTransport(EmailOptions options) : IEmailTransport
{
    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, Func<OutboxMessage, Task> sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(sent);
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = !options.UseTls ? SecureSocketOptions.None
            : options.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(options.Host ?? throw new InvalidOperationException("Email:Host is not set."), options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
        }

        foreach (var message in messages)
        {
            await client.SendAsync(Compose(message), cancellationToken);
            await sent(message);
        }

        await client.DisconnectAsync(true, cancellationToken);
    }

    public MimeMessage Compose(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id:N}@cchc";
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}
