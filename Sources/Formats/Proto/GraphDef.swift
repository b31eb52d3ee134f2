/// `tensorflow.GraphDef` (graph.proto): `node = 1`, `library = 2`, `versions = 4`. The deprecated
/// `version = 3` and `debug_info = 5` are read past (checked, not kept).
public struct GraphDef: Hashable, Sendable {
    public var node: [NodeDef]
    /// The functions the nodes call (`PartitionedCall`, `StatefulPartitionedCall`, or by name).
    public var library: FunctionDefLibrary
    public var versions: VersionDef?

    /// An empty graph.
    public init() { self.init(node: []) }

    public init(node: [NodeDef], library: FunctionDefLibrary = FunctionDefLibrary(), versions: VersionDef? = nil) {
        self.node = node
        self.library = library
        self.versions = versions
    }
}

/// `tensorflow.NodeDef` (node_def.proto): `name = 1`, `op = 2`, `input = 3`, `device = 4`,
/// `attr = 5`. `experimental_debug_info = 6` and `experimental_type = 7` are read past.
public struct NodeDef: Hashable, Sendable {
    public var name: String
    public var op: String
    /// `name`, `name:k` (output k) or `^name` (control dependency).
    public var input: [String]
    public var device: String
    public var attr: [String: AttrValue]

    /// A node with every field empty.
    public init() { self.init(name: "", op: "") }

    public init(name: String, op: String, input: [String] = [], device: String = "",
                attr: [String: AttrValue] = [:]) {
        self.name = name
        self.op = op
        self.input = input
        self.device = device
        self.attr = attr
    }
}

/// `tensorflow.VersionDef` (versions.proto): `producer = 1`, `min_consumer = 2`, `bad_consumers = 3`.
public struct VersionDef: Hashable, Sendable {
    public var producer: Int32
    public var minConsumer: Int32
    public var badConsumers: [Int32]

    public init() { self.init(producer: 0) }

    public init(producer: Int32, minConsumer: Int32 = 0, badConsumers: [Int32] = []) {
        self.producer = producer
        self.minConsumer = minConsumer
        self.badConsumers = badConsumers
    }
}
