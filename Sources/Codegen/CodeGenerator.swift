import CLLVM
import GraphIR
import LLVMKit
import Plan

/// Turns an execution plan into an LLVM module: one internal function per kernel, constants as
/// private globals, and one external entry function
/// `void NAME(i8** args)` where `args` holds the input pointers, then the output pointers, then the
/// arena, in the plan's order.
public enum CodeGenerator {
    /// Emits the module for `target`. Every function carries the target's `target-cpu` and
    /// `target-features`, without which MCJIT would generate code for a generic x86-64.
    public static func emit(_ plan: ExecutionPlan, name: String, target: TargetDescription,
                            context: Context) throws -> Module {
        let module = Module(name: name, context: context)
        let targetAttributes = [context.stringAttribute("target-cpu", target.cpu),
                                context.stringAttribute("target-features", target.features),
                                context.enumAttribute("nounwind")]

        var globals: [Int: IRValue] = [:]
        for buffer in plan.buffers {
            guard case .constant(let node) = buffer.kind, case .constant(let tensor) = plan.graph.nodes[node].op else { continue }
            globals[buffer.id] = module.addConstantGlobal("const.\(buffer.name)", context.constantData(tensor.bytes))
        }

        let bytePtr = context.pointer(to: context.int8)
        let entry = module.addFunction(name, type: context.function(context.void, [context.pointer(to: bytePtr)]))
        targetAttributes.forEach(entry.addAttribute)
        let builder = Builder(context: context)
        builder.position(at: entry.appendBlock("entry"))
        let args = entry.parameter(0)
        let argCount = plan.inputNames.count + plan.outputNames.count
        var bufferBytes: [Int: IRValue] = [:]  // i8* of each non-constant buffer inside the entry
        let arena = builder.load(bytePtr, builder.gep(bytePtr, args, [context.i64(argCount)]), "arena")
        for buffer in plan.buffers {
            switch buffer.kind {
            case .input(let k):
                bufferBytes[buffer.id] = builder.load(bytePtr, builder.gep(bytePtr, args, [context.i64(k)]), "in.\(buffer.name)")
            case .output(let k):
                let slot = plan.inputNames.count + k
                bufferBytes[buffer.id] = builder.load(bytePtr, builder.gep(bytePtr, args, [context.i64(slot)]), "out.\(buffer.name)")
            case .arena(let offset):
                bufferBytes[buffer.id] = builder.gep(context.int8, arena, [context.i64(offset)], buffer.name)
            case .constant:
                continue
            }
        }

        for kernel in plan.kernels {
            // Parameters: every non-constant buffer the kernel reads, then the one it writes.
            var params: [Int] = []
            for v in kernel.operands {
                if let id = plan.valueBuffer[v], globals[id] == nil, !params.contains(id) { params.append(id) }
            }
            params.append(kernel.output)
            let types = params.map { context.pointer(to: context.irType(plan.buffers[$0].dtype)) }
            let fnType = context.function(context.void, types)
            let fn = module.addFunction(kernel.name, type: fnType)
            fn.setLinkage(LLVMInternalLinkage)
            targetAttributes.forEach(fn.addAttribute)
            // Buffers of one kernel never overlap: the memory plan keeps live buffers apart.
            for i in params.indices { fn.addParameterAttribute(i, context.enumAttribute("noalias")) }

            let emitter = KernelEmitter(plan: plan, kernel: kernel, module: module, function: fn)
            for (i, id) in params.enumerated() { emitter.pointers[id] = fn.parameter(i) }
            for (id, g) in globals {
                emitter.pointers[id] = emitter.b.bitCast(g, context.pointer(to: context.irType(plan.buffers[id].dtype)))
            }
            let body = emitter.b.insertBlock
            try emitter.emitBody()
            emitter.finish(allocasTo: body)

            let callArgs = params.map { id -> IRValue in
                let raw = bufferBytes[id] ?? args
                return builder.bitCast(raw, context.pointer(to: context.irType(plan.buffers[id].dtype)))
            }
            builder.call(fnType, fn.value, callArgs)
        }
        builder.retVoid()
        return module
    }
}
