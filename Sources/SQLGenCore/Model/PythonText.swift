// How Python prints plain values, for the several layers that write them back out.

extension Double {
    /// The float as Python prints it: `2.0`, `1.5`, `1e-05`.
    var pythonText: String {
        if isFinite && self == rounded() && abs(self) < 1e16 {
            return String(Int(self)) + ".0"
        }
        return String(self)
    }
}
