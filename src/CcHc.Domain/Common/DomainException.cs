namespace CcHc.Domain.Common;

/// <summary>
/// A rule of the domain was broken (an illegal workflow move, a score outside its range).
/// The message is Vietnamese because it is shown to the user as it is.
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
}
