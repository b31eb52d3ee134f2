/// Output size and leading padding of one spatial axis of a convolution or pooling window.
/// TensorFlow's rules: SAME gives `ceil(in / stride)` with the odd padding element at the end;
/// VALID gives `ceil((in - effectiveWindow + 1) / stride)`.
public struct AxisGeometry: Hashable, Sendable {
    public var input: Int
    public var output: Int
    public var padBefore: Int
    public var window: Int
    public var stride: Int
    public var dilation: Int

    public init(input: Int, window: Int, stride: Int, dilation: Int = 1,
                padding: Padding, isHeight: Bool) throws {
        guard window >= 1 else { throw ShapeError("window size \(window) must be positive") }
        guard stride >= 1 else { throw ShapeError("stride \(stride) must be positive") }
        guard dilation >= 1 else { throw ShapeError("dilation \(dilation) must be positive") }
        // Checked: window and dilation come from graph files, and their product can overflow.
        let (span, overflow) = (window - 1).multipliedReportingOverflow(by: dilation)
        guard !overflow, span < maxTensorElements else {
            throw ShapeError("window \(window) with dilation \(dilation) is too large")
        }
        let effective = span + 1
        self.input = input
        self.window = window
        self.stride = stride
        self.dilation = dilation
        switch padding {
        case .valid:
            guard input >= effective else {
                throw ShapeError("window \(effective) is larger than the input size \(input) with VALID padding")
            }
            output = (input - effective) / stride + 1
            padBefore = 0
        case .same:
            output = (input + stride - 1) / stride
            let total = max((output - 1) * stride + effective - input, 0)
            padBefore = total / 2
        case let .explicit(top, bottom, left, right):
            let (before, after) = isHeight ? (top, bottom) : (left, right)
            guard before >= 0, after >= 0 else { throw ShapeError("explicit padding must not be negative") }
            let padded = input + before + after
            guard padded >= effective else {
                throw ShapeError("window \(effective) is larger than the padded input size \(padded)")
            }
            output = (padded - effective) / stride + 1
            padBefore = before
        }
    }

    /// The padding the last window reaches past the input's end: SAME's odd element goes here, and
    /// with stride 1 it is exactly the padding after. With larger strides it can be less than the
    /// padding asked for (negative when trailing input elements are never read).
    public var padAfter: Int {
        (output - 1) * stride + (window - 1) * dilation + 1 - input - padBefore
    }

    /// Whether some window reaches into padding (before the input or past its end).
    public var readsPadding: Bool { padBefore > 0 || padAfter > 0 }

    /// The input index under window position `tap` of output `output` (negative or `>= input` in
    /// the padding); generated code computes the same with `inputCoordinate`.
    public func inputIndex(output: Int, tap: Int) -> Int { output * stride + tap * dilation - padBefore }
}
