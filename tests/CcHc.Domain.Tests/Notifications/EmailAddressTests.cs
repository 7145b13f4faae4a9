using CcHc.Domain.Notifications;

namespace CcHc.Domain.Tests.Notifications;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("vanthu.camlac@hatinh.gov.vn")]
    [InlineData("clerk.camson@cchc.test")]
    [InlineData("  ubnd.xahalong@thanhhoa.gov.vn ")]
    [InlineData("")]
    [InlineData(null)]
    public void Accepts_a_mailbox_or_nothing(string? text) => Assert.True(EmailAddress.IsValid(text));

    [Theory]
    [InlineData("vanthu camson@hatinh.gov.vn")]
    [InlineData("vanthu.camson")]
    [InlineData("vanthu@@hatinh.gov.vn")]
    [InlineData("vanthu@hatinh")]
    [InlineData("vanthu@hatinh..gov.vn")]
    [InlineData("Văn thư <vanthu@hatinh.gov.vn>")]
    [InlineData("vanthu@hatinh.gov.vn; chutich@hatinh.gov.vn")]
    public void Refuses_what_is_not_one_mailbox(string text) => Assert.False(EmailAddress.IsValid(text));

    [Fact]
    public void Accepts_an_address_as_long_as_the_column() =>
        Assert.True(EmailAddress.IsValid(new string('a', 250) + "@ha.vn"));

    [Fact]
    public void Refuses_an_address_longer_than_the_column() =>
        Assert.False(EmailAddress.IsValid(new string('a', 251) + "@ha.vn"));

    [Fact]
    public void Normalizes_to_the_trimmed_address_or_null()
    {
        Assert.Equal("a@b.vn", EmailAddress.Normalize(" a@b.vn "));
        Assert.Null(EmailAddress.Normalize("   "));
    }
}
