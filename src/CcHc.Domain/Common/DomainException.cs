namespace CcHc.Domain.Common;

/// <summary>
/// A rule of the domain was broken (an illegal workflow move, a score outside its range).
/// The message is Vietnamese because it is shown to the user as it is; <see cref="Field"/> names the input the rule
/// read (a property of the domain object, e.g. "Date"), so a page shows the message beside that field without
/// reading the text.
/// </summary>
public class DomainException : Exception
{
    public DomainException()
    {
    }

    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DomainException(string message, string field)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The input the message is about, or null when it is about the whole thing.</summary>
    public string? Field { get; }
}
