namespace CcHc.Domain.Positions;

/// <summary>What a lead or supporter is: a civil-servant title, or an organisation of the commune.</summary>
public enum PositionKind
{
    /// <summary>A chức danh: "Công chức Văn phòng - Thống kê".</summary>
    Official,

    /// <summary>An organisation (đơn vị): "Công an xã", "Trạm y tế xã", "MTTQ", "Trường Tiểu học", "các thôn".</summary>
    Organisation,

    /// <summary>
    /// A group (nhóm) whose members the commune lists: "Các công chức chuyên môn", "Các ban, ngành, đoàn thể". Every
    /// holder of a member position answers for the group's tasks (<see cref="Tracking.TaskAudience"/>).
    /// </summary>
    Group,
}
