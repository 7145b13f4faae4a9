using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.Plans;

public sealed class OfficialFileTests
{
    private static readonly DateTimeOffset Day = new(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private static SignedCopyState Copy(SignatureTrust trust, int minutes) => new(Guid.CreateVersion7(), trust, Day.AddMinutes(minutes));

    [Fact]
    public void Without_signed_copies_the_frozen_export_is_official()
    {
        var official = OfficialFile.Of([]);

        Assert.False(official.IsSignedCopy);
        Assert.Null(official.SignedCopyId);
        Assert.False(official.NewerCopyUndetermined);
    }

    [Fact]
    public void The_latest_valid_copy_is_official_whatever_the_order_given()
    {
        var first = Copy(SignatureTrust.Valid, 0);
        var second = Copy(SignatureTrust.Valid, 10);

        Assert.Equal(second.Id, OfficialFile.Of([second, first]).SignedCopyId);
        Assert.Equal(second.Id, OfficialFile.Of([first, second]).SignedCopyId);
    }

    [Fact]
    public void A_newer_undetermined_copy_never_replaces_the_valid_one_and_is_named()
    {
        var valid = Copy(SignatureTrust.Valid, 0);
        var undetermined = Copy(SignatureTrust.Undetermined, 10);

        var official = OfficialFile.Of([valid, undetermined]);

        Assert.Equal(valid.Id, official.SignedCopyId);
        Assert.True(official.NewerCopyUndetermined);
    }

    [Fact]
    public void Only_undetermined_copies_leave_the_frozen_export_official()
    {
        var official = OfficialFile.Of([Copy(SignatureTrust.Undetermined, 0), Copy(SignatureTrust.Invalid, 5)]);

        Assert.False(official.IsSignedCopy);
        Assert.False(official.NewerCopyUndetermined);
    }

    [Theory]
    [InlineData(SignatureTrust.Valid, true)]
    [InlineData(SignatureTrust.Undetermined, false)]
    [InlineData(SignatureTrust.Invalid, false)]
    public void Only_a_valid_copy_qualifies(SignatureTrust trust, bool qualifies) =>
        Assert.Equal(qualifies, OfficialFile.Qualifies(trust));
}
