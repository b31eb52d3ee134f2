; ModuleID = 'graph'
source_filename = "graph"

@"const.conv1/bias" = private unnamed_addr constant [32 x i8] c"\F0\D7F\BC\F0\10{=\AC)}\BDOP\CE<\E0^\96\BD\05\0A\C5\BD\DD\CE\92\BD\8A\DC\9F=", align 64
@"const.conv2/bias" = private unnamed_addr constant [32 x i8] c"Y\DEv=\8A\DE\A1<J(\82\BD\14\85X=E^|\BC\E9\EBP=[\AEv\BDf\A6.=", align 64
@"const.dense_1/bias" = private unnamed_addr constant [40 x i8] c"\01\0E\E1\BCv\D0\E7\BCo\1E9=\10\12\B1\BD\D4H\A2\BD3\A23\BD\9A_\BB\BD\0Crh\BD\8Cq?\BC\E1\91\C9<", align 64

; Function Attrs: noinline nounwind
define internal void @k5_conv1_Relu(float* noalias %0, float* noalias %1, float* noalias %2) #0 {
allocas:
  %acc.0.0 = alloca <4 x float>, align 16
  %acc.0.1 = alloca <4 x float>, align 16
  %acc.1.0 = alloca <4 x float>, align 16
  %acc.1.1 = alloca <4 x float>, align 16
  %acc.2.0 = alloca <4 x float>, align 16
  %acc.2.1 = alloca <4 x float>, align 16
  %acc.3.0 = alloca <4 x float>, align 16
  %acc.3.1 = alloca <4 x float>, align 16
  %acc.4.0 = alloca <4 x float>, align 16
  %acc.4.1 = alloca <4 x float>, align 16
  br label %body

body:                                             ; preds = %allocas
  br label %slice

slice:                                            ; preds = %pixel.end18, %body
  %slice1 = phi i64 [ 0, %body ], [ %slice.next, %pixel.end18 ]
  %3 = sdiv i64 %slice1, 1
  %4 = mul nsw i64 %3, 1
  %5 = sub i64 %slice1, %4
  %6 = sdiv i64 %3, 24
  %7 = mul nsw i64 %6, 24
  %8 = sub i64 %3, %7
  %9 = mul nsw i64 %5, 8
  br label %tile

slice.end:                                        ; preds = %pixel.end18
  ret void

tile:                                             ; preds = %pixel.end, %slice
  %tile2 = phi i64 [ 0, %slice ], [ %tile.next, %pixel.end ]
  %10 = mul nsw i64 %tile2, 5
  %11 = add nsw i64 %10, 0
  store <4 x float> zeroinitializer, <4 x float>* %acc.0.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.0.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.1.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.1.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.2.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.2.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.3.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.3.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.4.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.4.1, align 16
  br label %kh

tile.end:                                         ; preds = %pixel.end
  store <4 x float> zeroinitializer, <4 x float>* %acc.0.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.0.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.1.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.1.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.2.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.2.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.3.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.3.1, align 16
  br label %kh7

kh:                                               ; preds = %ih.ok.end, %tile
  %kh3 = phi i64 [ 0, %tile ], [ %kh.next, %ih.ok.end ]
  %12 = mul nsw i64 %8, 1
  %13 = add i64 %12, 0
  %14 = add nsw i64 %13, %kh3
  %15 = icmp ult i64 %14, 28
  br i1 %15, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %16 = mul nsw i64 %6, 24
  %17 = add nsw i64 %16, %8
  %18 = mul nsw i64 %17, 24
  %19 = add nsw i64 %18, %11
  %20 = add nsw i64 %19, 0
  %21 = mul nsw i64 %20, 8
  %22 = add nsw i64 %21, %9
  %23 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %24 = getelementptr inbounds float, float* %2, i64 %22
  %25 = bitcast float* %24 to <4 x float>*
  store <4 x float> %23, <4 x float>* %25, align 4
  %26 = add nsw i64 %22, 4
  %27 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %28 = getelementptr inbounds float, float* %2, i64 %26
  %29 = bitcast float* %28 to <4 x float>*
  store <4 x float> %27, <4 x float>* %29, align 4
  %30 = add nsw i64 %19, 1
  %31 = mul nsw i64 %30, 8
  %32 = add nsw i64 %31, %9
  %33 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %34 = getelementptr inbounds float, float* %2, i64 %32
  %35 = bitcast float* %34 to <4 x float>*
  store <4 x float> %33, <4 x float>* %35, align 4
  %36 = add nsw i64 %32, 4
  %37 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %38 = getelementptr inbounds float, float* %2, i64 %36
  %39 = bitcast float* %38 to <4 x float>*
  store <4 x float> %37, <4 x float>* %39, align 4
  %40 = add nsw i64 %19, 2
  %41 = mul nsw i64 %40, 8
  %42 = add nsw i64 %41, %9
  %43 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %44 = getelementptr inbounds float, float* %2, i64 %42
  %45 = bitcast float* %44 to <4 x float>*
  store <4 x float> %43, <4 x float>* %45, align 4
  %46 = add nsw i64 %42, 4
  %47 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %48 = getelementptr inbounds float, float* %2, i64 %46
  %49 = bitcast float* %48 to <4 x float>*
  store <4 x float> %47, <4 x float>* %49, align 4
  %50 = add nsw i64 %19, 3
  %51 = mul nsw i64 %50, 8
  %52 = add nsw i64 %51, %9
  %53 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %54 = getelementptr inbounds float, float* %2, i64 %52
  %55 = bitcast float* %54 to <4 x float>*
  store <4 x float> %53, <4 x float>* %55, align 4
  %56 = add nsw i64 %52, 4
  %57 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %58 = getelementptr inbounds float, float* %2, i64 %56
  %59 = bitcast float* %58 to <4 x float>*
  store <4 x float> %57, <4 x float>* %59, align 4
  %60 = add nsw i64 %19, 4
  %61 = mul nsw i64 %60, 8
  %62 = add nsw i64 %61, %9
  %63 = load <4 x float>, <4 x float>* %acc.4.0, align 16
  %64 = getelementptr inbounds float, float* %2, i64 %62
  %65 = bitcast float* %64 to <4 x float>*
  store <4 x float> %63, <4 x float>* %65, align 4
  %66 = add nsw i64 %62, 4
  %67 = load <4 x float>, <4 x float>* %acc.4.1, align 16
  %68 = getelementptr inbounds float, float* %2, i64 %66
  %69 = bitcast float* %68 to <4 x float>*
  store <4 x float> %67, <4 x float>* %69, align 4
  br label %pixel

ih.ok:                                            ; preds = %kh
  %70 = mul nsw i64 %6, 28
  %71 = add nsw i64 %70, %14
  %72 = mul nsw i64 %71, 28
  br label %kw

ih.ok.end:                                        ; preds = %kw.end, %kh
  %kh.next = add nsw i64 %kh3, 1
  %73 = icmp slt i64 %kh.next, 5
  br i1 %73, label %kh, label %kh.end

kw:                                               ; preds = %kw, %ih.ok
  %kw4 = phi i64 [ 0, %ih.ok ], [ %kw.next, %kw ]
  %74 = mul nsw i64 %kh3, 5
  %75 = add nsw i64 %74, %kw4
  %76 = mul nsw i64 %75, 8
  %77 = add nsw i64 %76, %9
  %78 = add nsw i64 %11, 0
  %79 = mul nsw i64 %78, 1
  %80 = add i64 %79, 0
  %81 = add nsw i64 %80, %kw4
  %82 = add nsw i64 %72, %81
  %83 = mul nsw i64 %82, 1
  %84 = getelementptr inbounds float, float* %0, i64 %83
  %85 = add nsw i64 %11, 1
  %86 = mul nsw i64 %85, 1
  %87 = add i64 %86, 0
  %88 = add nsw i64 %87, %kw4
  %89 = add nsw i64 %72, %88
  %90 = mul nsw i64 %89, 1
  %91 = getelementptr inbounds float, float* %0, i64 %90
  %92 = add nsw i64 %11, 2
  %93 = mul nsw i64 %92, 1
  %94 = add i64 %93, 0
  %95 = add nsw i64 %94, %kw4
  %96 = add nsw i64 %72, %95
  %97 = mul nsw i64 %96, 1
  %98 = getelementptr inbounds float, float* %0, i64 %97
  %99 = add nsw i64 %11, 3
  %100 = mul nsw i64 %99, 1
  %101 = add i64 %100, 0
  %102 = add nsw i64 %101, %kw4
  %103 = add nsw i64 %72, %102
  %104 = mul nsw i64 %103, 1
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = add nsw i64 %11, 4
  %107 = mul nsw i64 %106, 1
  %108 = add i64 %107, 0
  %109 = add nsw i64 %108, %kw4
  %110 = add nsw i64 %72, %109
  %111 = mul nsw i64 %110, 1
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = add nsw i64 %77, 0
  %114 = getelementptr inbounds float, float* %1, i64 %113
  %115 = bitcast float* %114 to <4 x float>*
  %116 = load <4 x float>, <4 x float>* %115, align 4
  %117 = add nsw i64 %113, 4
  %118 = getelementptr inbounds float, float* %1, i64 %117
  %119 = bitcast float* %118 to <4 x float>*
  %120 = load <4 x float>, <4 x float>* %119, align 4
  %121 = getelementptr inbounds float, float* %84, i64 0
  %122 = load float, float* %121, align 4
  %123 = insertelement <4 x float> undef, float %122, i64 0
  %124 = shufflevector <4 x float> %123, <4 x float> undef, <4 x i32> zeroinitializer
  %125 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %126 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %124, <4 x float> %116, <4 x float> %125)
  store <4 x float> %126, <4 x float>* %acc.0.0, align 16
  %127 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %128 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %124, <4 x float> %120, <4 x float> %127)
  store <4 x float> %128, <4 x float>* %acc.0.1, align 16
  %129 = getelementptr inbounds float, float* %91, i64 0
  %130 = load float, float* %129, align 4
  %131 = insertelement <4 x float> undef, float %130, i64 0
  %132 = shufflevector <4 x float> %131, <4 x float> undef, <4 x i32> zeroinitializer
  %133 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %134 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %132, <4 x float> %116, <4 x float> %133)
  store <4 x float> %134, <4 x float>* %acc.1.0, align 16
  %135 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %136 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %132, <4 x float> %120, <4 x float> %135)
  store <4 x float> %136, <4 x float>* %acc.1.1, align 16
  %137 = getelementptr inbounds float, float* %98, i64 0
  %138 = load float, float* %137, align 4
  %139 = insertelement <4 x float> undef, float %138, i64 0
  %140 = shufflevector <4 x float> %139, <4 x float> undef, <4 x i32> zeroinitializer
  %141 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %142 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %140, <4 x float> %116, <4 x float> %141)
  store <4 x float> %142, <4 x float>* %acc.2.0, align 16
  %143 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %144 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %140, <4 x float> %120, <4 x float> %143)
  store <4 x float> %144, <4 x float>* %acc.2.1, align 16
  %145 = getelementptr inbounds float, float* %105, i64 0
  %146 = load float, float* %145, align 4
  %147 = insertelement <4 x float> undef, float %146, i64 0
  %148 = shufflevector <4 x float> %147, <4 x float> undef, <4 x i32> zeroinitializer
  %149 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %150 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %148, <4 x float> %116, <4 x float> %149)
  store <4 x float> %150, <4 x float>* %acc.3.0, align 16
  %151 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %152 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %148, <4 x float> %120, <4 x float> %151)
  store <4 x float> %152, <4 x float>* %acc.3.1, align 16
  %153 = getelementptr inbounds float, float* %112, i64 0
  %154 = load float, float* %153, align 4
  %155 = insertelement <4 x float> undef, float %154, i64 0
  %156 = shufflevector <4 x float> %155, <4 x float> undef, <4 x i32> zeroinitializer
  %157 = load <4 x float>, <4 x float>* %acc.4.0, align 16
  %158 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %156, <4 x float> %116, <4 x float> %157)
  store <4 x float> %158, <4 x float>* %acc.4.0, align 16
  %159 = load <4 x float>, <4 x float>* %acc.4.1, align 16
  %160 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %156, <4 x float> %120, <4 x float> %159)
  store <4 x float> %160, <4 x float>* %acc.4.1, align 16
  %kw.next = add nsw i64 %kw4, 1
  %161 = icmp slt i64 %kw.next, 5
  br i1 %161, label %kw, label %kw.end, !llvm.loop !0

kw.end:                                           ; preds = %kw
  br label %ih.ok.end

pixel:                                            ; preds = %epilogue.end, %kh.end
  %pixel5 = phi i64 [ 0, %kh.end ], [ %pixel.next, %epilogue.end ]
  %162 = add nsw i64 %19, %pixel5
  %163 = mul nsw i64 %162, 8
  %164 = add nsw i64 %163, %9
  br label %epilogue

pixel.end:                                        ; preds = %epilogue.end
  %tile.next = add nsw i64 %tile2, 1
  %165 = icmp slt i64 %tile.next, 4
  br i1 %165, label %tile, label %tile.end

epilogue:                                         ; preds = %epilogue, %pixel
  %epilogue6 = phi i64 [ 0, %pixel ], [ %epilogue.next, %epilogue ]
  %166 = add nsw i64 %164, %epilogue6
  %167 = add nsw i64 %9, %epilogue6
  %168 = getelementptr inbounds float, float* %2, i64 %166
  %169 = load float, float* %168, align 4
  %170 = sdiv i64 %162, 24
  %171 = urem i64 %170, 24
  %172 = urem i64 %162, 24
  %173 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv1/bias" to float*), i64 %167
  %174 = load float, float* %173, align 4
  %175 = fadd float %169, %174
  %176 = fcmp ole float %175, 0.000000e+00
  %177 = select i1 %176, float 0.000000e+00, float %175
  %178 = getelementptr inbounds float, float* %2, i64 %166
  store float %177, float* %178, align 4
  %epilogue.next = add nsw i64 %epilogue6, 1
  %179 = icmp slt i64 %epilogue.next, 8
  br i1 %179, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  %pixel.next = add nsw i64 %pixel5, 1
  %180 = icmp slt i64 %pixel.next, 5
  br i1 %180, label %pixel, label %pixel.end, !llvm.loop !2

kh7:                                              ; preds = %ih.ok.end11, %tile.end
  %kh9 = phi i64 [ 0, %tile.end ], [ %kh.next16, %ih.ok.end11 ]
  %181 = mul nsw i64 %8, 1
  %182 = add i64 %181, 0
  %183 = add nsw i64 %182, %kh9
  %184 = icmp ult i64 %183, 28
  br i1 %184, label %ih.ok10, label %ih.ok.end11

kh.end8:                                          ; preds = %ih.ok.end11
  %185 = mul nsw i64 %6, 24
  %186 = add nsw i64 %185, %8
  %187 = mul nsw i64 %186, 24
  %188 = add nsw i64 %187, 20
  %189 = add nsw i64 %188, 0
  %190 = mul nsw i64 %189, 8
  %191 = add nsw i64 %190, %9
  %192 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %193 = getelementptr inbounds float, float* %2, i64 %191
  %194 = bitcast float* %193 to <4 x float>*
  store <4 x float> %192, <4 x float>* %194, align 4
  %195 = add nsw i64 %191, 4
  %196 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %197 = getelementptr inbounds float, float* %2, i64 %195
  %198 = bitcast float* %197 to <4 x float>*
  store <4 x float> %196, <4 x float>* %198, align 4
  %199 = add nsw i64 %188, 1
  %200 = mul nsw i64 %199, 8
  %201 = add nsw i64 %200, %9
  %202 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %203 = getelementptr inbounds float, float* %2, i64 %201
  %204 = bitcast float* %203 to <4 x float>*
  store <4 x float> %202, <4 x float>* %204, align 4
  %205 = add nsw i64 %201, 4
  %206 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %207 = getelementptr inbounds float, float* %2, i64 %205
  %208 = bitcast float* %207 to <4 x float>*
  store <4 x float> %206, <4 x float>* %208, align 4
  %209 = add nsw i64 %188, 2
  %210 = mul nsw i64 %209, 8
  %211 = add nsw i64 %210, %9
  %212 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %213 = getelementptr inbounds float, float* %2, i64 %211
  %214 = bitcast float* %213 to <4 x float>*
  store <4 x float> %212, <4 x float>* %214, align 4
  %215 = add nsw i64 %211, 4
  %216 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %217 = getelementptr inbounds float, float* %2, i64 %215
  %218 = bitcast float* %217 to <4 x float>*
  store <4 x float> %216, <4 x float>* %218, align 4
  %219 = add nsw i64 %188, 3
  %220 = mul nsw i64 %219, 8
  %221 = add nsw i64 %220, %9
  %222 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %223 = getelementptr inbounds float, float* %2, i64 %221
  %224 = bitcast float* %223 to <4 x float>*
  store <4 x float> %222, <4 x float>* %224, align 4
  %225 = add nsw i64 %221, 4
  %226 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %227 = getelementptr inbounds float, float* %2, i64 %225
  %228 = bitcast float* %227 to <4 x float>*
  store <4 x float> %226, <4 x float>* %228, align 4
  br label %pixel17

ih.ok10:                                          ; preds = %kh7
  %229 = mul nsw i64 %6, 28
  %230 = add nsw i64 %229, %183
  %231 = mul nsw i64 %230, 28
  br label %kw12

ih.ok.end11:                                      ; preds = %kw.end13, %kh7
  %kh.next16 = add nsw i64 %kh9, 1
  %232 = icmp slt i64 %kh.next16, 5
  br i1 %232, label %kh7, label %kh.end8

kw12:                                             ; preds = %kw12, %ih.ok10
  %kw14 = phi i64 [ 0, %ih.ok10 ], [ %kw.next15, %kw12 ]
  %233 = mul nsw i64 %kh9, 5
  %234 = add nsw i64 %233, %kw14
  %235 = mul nsw i64 %234, 8
  %236 = add nsw i64 %235, %9
  %237 = add nsw i64 20, %kw14
  %238 = add nsw i64 %231, %237
  %239 = mul nsw i64 %238, 1
  %240 = getelementptr inbounds float, float* %0, i64 %239
  %241 = add nsw i64 21, %kw14
  %242 = add nsw i64 %231, %241
  %243 = mul nsw i64 %242, 1
  %244 = getelementptr inbounds float, float* %0, i64 %243
  %245 = add nsw i64 22, %kw14
  %246 = add nsw i64 %231, %245
  %247 = mul nsw i64 %246, 1
  %248 = getelementptr inbounds float, float* %0, i64 %247
  %249 = add nsw i64 23, %kw14
  %250 = add nsw i64 %231, %249
  %251 = mul nsw i64 %250, 1
  %252 = getelementptr inbounds float, float* %0, i64 %251
  %253 = add nsw i64 %236, 0
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = bitcast float* %254 to <4 x float>*
  %256 = load <4 x float>, <4 x float>* %255, align 4
  %257 = add nsw i64 %253, 4
  %258 = getelementptr inbounds float, float* %1, i64 %257
  %259 = bitcast float* %258 to <4 x float>*
  %260 = load <4 x float>, <4 x float>* %259, align 4
  %261 = getelementptr inbounds float, float* %240, i64 0
  %262 = load float, float* %261, align 4
  %263 = insertelement <4 x float> undef, float %262, i64 0
  %264 = shufflevector <4 x float> %263, <4 x float> undef, <4 x i32> zeroinitializer
  %265 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %266 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %264, <4 x float> %256, <4 x float> %265)
  store <4 x float> %266, <4 x float>* %acc.0.0, align 16
  %267 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %268 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %264, <4 x float> %260, <4 x float> %267)
  store <4 x float> %268, <4 x float>* %acc.0.1, align 16
  %269 = getelementptr inbounds float, float* %244, i64 0
  %270 = load float, float* %269, align 4
  %271 = insertelement <4 x float> undef, float %270, i64 0
  %272 = shufflevector <4 x float> %271, <4 x float> undef, <4 x i32> zeroinitializer
  %273 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %274 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %272, <4 x float> %256, <4 x float> %273)
  store <4 x float> %274, <4 x float>* %acc.1.0, align 16
  %275 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %276 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %272, <4 x float> %260, <4 x float> %275)
  store <4 x float> %276, <4 x float>* %acc.1.1, align 16
  %277 = getelementptr inbounds float, float* %248, i64 0
  %278 = load float, float* %277, align 4
  %279 = insertelement <4 x float> undef, float %278, i64 0
  %280 = shufflevector <4 x float> %279, <4 x float> undef, <4 x i32> zeroinitializer
  %281 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %282 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %280, <4 x float> %256, <4 x float> %281)
  store <4 x float> %282, <4 x float>* %acc.2.0, align 16
  %283 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %284 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %280, <4 x float> %260, <4 x float> %283)
  store <4 x float> %284, <4 x float>* %acc.2.1, align 16
  %285 = getelementptr inbounds float, float* %252, i64 0
  %286 = load float, float* %285, align 4
  %287 = insertelement <4 x float> undef, float %286, i64 0
  %288 = shufflevector <4 x float> %287, <4 x float> undef, <4 x i32> zeroinitializer
  %289 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %290 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %288, <4 x float> %256, <4 x float> %289)
  store <4 x float> %290, <4 x float>* %acc.3.0, align 16
  %291 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %292 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %288, <4 x float> %260, <4 x float> %291)
  store <4 x float> %292, <4 x float>* %acc.3.1, align 16
  %kw.next15 = add nsw i64 %kw14, 1
  %293 = icmp slt i64 %kw.next15, 5
  br i1 %293, label %kw12, label %kw.end13, !llvm.loop !4

kw.end13:                                         ; preds = %kw12
  br label %ih.ok.end11

pixel17:                                          ; preds = %epilogue.end21, %kh.end8
  %pixel19 = phi i64 [ 0, %kh.end8 ], [ %pixel.next24, %epilogue.end21 ]
  %294 = add nsw i64 %188, %pixel19
  %295 = mul nsw i64 %294, 8
  %296 = add nsw i64 %295, %9
  br label %epilogue20

pixel.end18:                                      ; preds = %epilogue.end21
  %slice.next = add nsw i64 %slice1, 1
  %297 = icmp slt i64 %slice.next, 24
  br i1 %297, label %slice, label %slice.end

epilogue20:                                       ; preds = %epilogue20, %pixel17
  %epilogue22 = phi i64 [ 0, %pixel17 ], [ %epilogue.next23, %epilogue20 ]
  %298 = add nsw i64 %296, %epilogue22
  %299 = add nsw i64 %9, %epilogue22
  %300 = getelementptr inbounds float, float* %2, i64 %298
  %301 = load float, float* %300, align 4
  %302 = sdiv i64 %294, 24
  %303 = urem i64 %302, 24
  %304 = urem i64 %294, 24
  %305 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv1/bias" to float*), i64 %299
  %306 = load float, float* %305, align 4
  %307 = fadd float %301, %306
  %308 = fcmp ole float %307, 0.000000e+00
  %309 = select i1 %308, float 0.000000e+00, float %307
  %310 = getelementptr inbounds float, float* %2, i64 %298
  store float %309, float* %310, align 4
  %epilogue.next23 = add nsw i64 %epilogue22, 1
  %311 = icmp slt i64 %epilogue.next23, 8
  br i1 %311, label %epilogue20, label %epilogue.end21

epilogue.end21:                                   ; preds = %epilogue20
  %pixel.next24 = add nsw i64 %pixel19, 1
  %312 = icmp slt i64 %pixel.next24, 4
  br i1 %312, label %pixel17, label %pixel.end18, !llvm.loop !5
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #1

; Function Attrs: noinline nounwind
define internal void @k6_pool1(float* noalias %0, float* noalias %1) #0 {
allocas:
  %acc.0.0 = alloca <4 x float>, align 16
  %acc.0.1 = alloca <4 x float>, align 16
  br label %body

body:                                             ; preds = %allocas
  br label %row

row:                                              ; preds = %ow.end, %body
  %row1 = phi i64 [ 0, %body ], [ %row.next, %ow.end ]
  %2 = sdiv i64 %row1, 12
  %oh = srem i64 %row1, 12
  %3 = mul nsw i64 %row1, 96
  br label %ow

row.end:                                          ; preds = %ow.end
  ret void

ow:                                               ; preds = %kh.end, %row
  %ow2 = phi i64 [ 0, %row ], [ %ow.next, %kh.end ]
  %4 = mul nsw i64 %ow2, 8
  %5 = add nsw i64 %3, %4
  store <4 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <4 x float>* %acc.0.0, align 16
  store <4 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <4 x float>* %acc.0.1, align 16
  br label %kh

ow.end:                                           ; preds = %kh.end
  %row.next = add nsw i64 %row1, 1
  %6 = icmp slt i64 %row.next, 12
  br i1 %6, label %row, label %row.end

kh:                                               ; preds = %ih.ok.end, %ow
  %kh3 = phi i64 [ 0, %ow ], [ %kh.next, %ih.ok.end ]
  %7 = mul nsw i64 %oh, 2
  %8 = add i64 %7, 0
  %9 = add nsw i64 %8, %kh3
  %10 = icmp ult i64 %9, 24
  br i1 %10, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %11 = add nsw i64 %5, 0
  %12 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %13 = getelementptr inbounds float, float* %1, i64 %11
  %14 = bitcast float* %13 to <4 x float>*
  store <4 x float> %12, <4 x float>* %14, align 4
  %15 = add nsw i64 %11, 4
  %16 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %17 = getelementptr inbounds float, float* %1, i64 %15
  %18 = bitcast float* %17 to <4 x float>*
  store <4 x float> %16, <4 x float>* %18, align 4
  %ow.next = add nsw i64 %ow2, 1
  %19 = icmp slt i64 %ow.next, 12
  br i1 %19, label %ow, label %ow.end

ih.ok:                                            ; preds = %kh
  br label %kw

ih.ok.end:                                        ; preds = %kw.end, %kh
  %kh.next = add nsw i64 %kh3, 1
  %20 = icmp slt i64 %kh.next, 2
  br i1 %20, label %kh, label %kh.end

kw:                                               ; preds = %iw.ok.end, %ih.ok
  %kw4 = phi i64 [ 0, %ih.ok ], [ %kw.next, %iw.ok.end ]
  %21 = mul nsw i64 %ow2, 2
  %22 = add i64 %21, 0
  %23 = add nsw i64 %22, %kw4
  %24 = icmp ult i64 %23, 24
  br i1 %24, label %iw.ok, label %iw.ok.end

kw.end:                                           ; preds = %iw.ok.end
  br label %ih.ok.end

iw.ok:                                            ; preds = %kw
  %25 = mul nsw i64 %2, 24
  %26 = add nsw i64 %25, %9
  %27 = mul nsw i64 %26, 24
  %28 = add nsw i64 %27, %23
  %29 = mul nsw i64 %28, 8
  %30 = add nsw i64 %29, 0
  %31 = getelementptr inbounds float, float* %0, i64 %30
  %32 = bitcast float* %31 to <4 x float>*
  %33 = load <4 x float>, <4 x float>* %32, align 4
  %34 = add nsw i64 %30, 4
  %35 = getelementptr inbounds float, float* %0, i64 %34
  %36 = bitcast float* %35 to <4 x float>*
  %37 = load <4 x float>, <4 x float>* %36, align 4
  %38 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %39 = fcmp ogt <4 x float> %38, %33
  %40 = fcmp uno <4 x float> %38, %38
  %41 = select <4 x i1> %39, <4 x float> %38, <4 x float> %33
  %42 = select <4 x i1> %40, <4 x float> %38, <4 x float> %41
  store <4 x float> %42, <4 x float>* %acc.0.0, align 16
  %43 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %44 = fcmp ogt <4 x float> %43, %37
  %45 = fcmp uno <4 x float> %43, %43
  %46 = select <4 x i1> %44, <4 x float> %43, <4 x float> %37
  %47 = select <4 x i1> %45, <4 x float> %43, <4 x float> %46
  store <4 x float> %47, <4 x float>* %acc.0.1, align 16
  br label %iw.ok.end

iw.ok.end:                                        ; preds = %iw.ok, %kw
  %kw.next = add nsw i64 %kw4, 1
  %48 = icmp slt i64 %kw.next, 2
  br i1 %48, label %kw, label %kw.end
}

; Function Attrs: noinline nounwind
define internal void @k11_conv2_Relu(float* noalias %0, float* noalias %1, float* noalias %2) #0 {
allocas:
  %acc.0.0 = alloca <4 x float>, align 16
  %acc.0.1 = alloca <4 x float>, align 16
  %acc.1.0 = alloca <4 x float>, align 16
  %acc.1.1 = alloca <4 x float>, align 16
  %acc.2.0 = alloca <4 x float>, align 16
  %acc.2.1 = alloca <4 x float>, align 16
  %acc.3.0 = alloca <4 x float>, align 16
  %acc.3.1 = alloca <4 x float>, align 16
  br label %body

body:                                             ; preds = %allocas
  br label %slice

slice:                                            ; preds = %pixel.end52, %body
  %slice1 = phi i64 [ 0, %body ], [ %slice.next, %pixel.end52 ]
  %3 = sdiv i64 %slice1, 1
  %4 = mul nsw i64 %3, 1
  %5 = sub i64 %slice1, %4
  %6 = sdiv i64 %3, 12
  %7 = mul nsw i64 %6, 12
  %8 = sub i64 %3, %7
  %9 = mul nsw i64 %5, 8
  store <4 x float> zeroinitializer, <4 x float>* %acc.0.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.0.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.1.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.1.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.2.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.2.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.3.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.3.1, align 16
  br label %kh

slice.end:                                        ; preds = %pixel.end52
  ret void

kh:                                               ; preds = %ih.ok.end, %slice
  %kh2 = phi i64 [ 0, %slice ], [ %kh.next, %ih.ok.end ]
  %10 = mul nsw i64 %8, 1
  %11 = add i64 %10, -1
  %12 = add nsw i64 %11, %kh2
  %13 = icmp ult i64 %12, 12
  br i1 %13, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %14 = mul nsw i64 %6, 12
  %15 = add nsw i64 %14, %8
  %16 = mul nsw i64 %15, 12
  %17 = add nsw i64 %16, 0
  %18 = add nsw i64 %17, 0
  %19 = mul nsw i64 %18, 8
  %20 = add nsw i64 %19, %9
  %21 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %22 = getelementptr inbounds float, float* %2, i64 %20
  %23 = bitcast float* %22 to <4 x float>*
  store <4 x float> %21, <4 x float>* %23, align 4
  %24 = add nsw i64 %20, 4
  %25 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %26 = getelementptr inbounds float, float* %2, i64 %24
  %27 = bitcast float* %26 to <4 x float>*
  store <4 x float> %25, <4 x float>* %27, align 4
  %28 = add nsw i64 %17, 1
  %29 = mul nsw i64 %28, 8
  %30 = add nsw i64 %29, %9
  %31 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %32 = getelementptr inbounds float, float* %2, i64 %30
  %33 = bitcast float* %32 to <4 x float>*
  store <4 x float> %31, <4 x float>* %33, align 4
  %34 = add nsw i64 %30, 4
  %35 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %36 = getelementptr inbounds float, float* %2, i64 %34
  %37 = bitcast float* %36 to <4 x float>*
  store <4 x float> %35, <4 x float>* %37, align 4
  %38 = add nsw i64 %17, 2
  %39 = mul nsw i64 %38, 8
  %40 = add nsw i64 %39, %9
  %41 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %42 = getelementptr inbounds float, float* %2, i64 %40
  %43 = bitcast float* %42 to <4 x float>*
  store <4 x float> %41, <4 x float>* %43, align 4
  %44 = add nsw i64 %40, 4
  %45 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %46 = getelementptr inbounds float, float* %2, i64 %44
  %47 = bitcast float* %46 to <4 x float>*
  store <4 x float> %45, <4 x float>* %47, align 4
  %48 = add nsw i64 %17, 3
  %49 = mul nsw i64 %48, 8
  %50 = add nsw i64 %49, %9
  %51 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %52 = getelementptr inbounds float, float* %2, i64 %50
  %53 = bitcast float* %52 to <4 x float>*
  store <4 x float> %51, <4 x float>* %53, align 4
  %54 = add nsw i64 %50, 4
  %55 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %56 = getelementptr inbounds float, float* %2, i64 %54
  %57 = bitcast float* %56 to <4 x float>*
  store <4 x float> %55, <4 x float>* %57, align 4
  br label %pixel

ih.ok:                                            ; preds = %kh
  %58 = mul nsw i64 %6, 12
  %59 = add nsw i64 %58, %12
  %60 = mul nsw i64 %59, 12
  %61 = mul nsw i64 %kh2, 3
  %62 = add nsw i64 %61, 0
  %63 = mul nsw i64 %62, 64
  %64 = add nsw i64 %63, %9
  %65 = add nsw i64 %60, 0
  %66 = mul nsw i64 %65, 8
  %67 = getelementptr inbounds float, float* %0, i64 %66
  %68 = add nsw i64 %60, 1
  %69 = mul nsw i64 %68, 8
  %70 = getelementptr inbounds float, float* %0, i64 %69
  %71 = add nsw i64 %60, 2
  %72 = mul nsw i64 %71, 8
  %73 = getelementptr inbounds float, float* %0, i64 %72
  br label %c

ih.ok.end:                                        ; preds = %c.end9, %kh
  %kh.next = add nsw i64 %kh2, 1
  %74 = icmp slt i64 %kh.next, 3
  br i1 %74, label %kh, label %kh.end

c:                                                ; preds = %c, %ih.ok
  %c3 = phi i64 [ 0, %ih.ok ], [ %c.next, %c ]
  %75 = mul nsw i64 %c3, 8
  %76 = add nsw i64 %64, %75
  %77 = getelementptr inbounds float, float* %1, i64 %76
  %78 = bitcast float* %77 to <4 x float>*
  %79 = load <4 x float>, <4 x float>* %78, align 4
  %80 = add nsw i64 %76, 4
  %81 = getelementptr inbounds float, float* %1, i64 %80
  %82 = bitcast float* %81 to <4 x float>*
  %83 = load <4 x float>, <4 x float>* %82, align 4
  %84 = getelementptr inbounds float, float* %67, i64 %c3
  %85 = load float, float* %84, align 4
  %86 = insertelement <4 x float> undef, float %85, i64 0
  %87 = shufflevector <4 x float> %86, <4 x float> undef, <4 x i32> zeroinitializer
  %88 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %89 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %87, <4 x float> %79, <4 x float> %88)
  store <4 x float> %89, <4 x float>* %acc.1.0, align 16
  %90 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %91 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %87, <4 x float> %83, <4 x float> %90)
  store <4 x float> %91, <4 x float>* %acc.1.1, align 16
  %92 = getelementptr inbounds float, float* %70, i64 %c3
  %93 = load float, float* %92, align 4
  %94 = insertelement <4 x float> undef, float %93, i64 0
  %95 = shufflevector <4 x float> %94, <4 x float> undef, <4 x i32> zeroinitializer
  %96 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %97 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %95, <4 x float> %79, <4 x float> %96)
  store <4 x float> %97, <4 x float>* %acc.2.0, align 16
  %98 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %99 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %95, <4 x float> %83, <4 x float> %98)
  store <4 x float> %99, <4 x float>* %acc.2.1, align 16
  %100 = getelementptr inbounds float, float* %73, i64 %c3
  %101 = load float, float* %100, align 4
  %102 = insertelement <4 x float> undef, float %101, i64 0
  %103 = shufflevector <4 x float> %102, <4 x float> undef, <4 x i32> zeroinitializer
  %104 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %105 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %103, <4 x float> %79, <4 x float> %104)
  store <4 x float> %105, <4 x float>* %acc.3.0, align 16
  %106 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %107 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %103, <4 x float> %83, <4 x float> %106)
  store <4 x float> %107, <4 x float>* %acc.3.1, align 16
  %c.next = add nsw i64 %c3, 1
  %108 = icmp slt i64 %c.next, 8
  br i1 %108, label %c, label %c.end, !llvm.loop !6

c.end:                                            ; preds = %c
  %109 = mul nsw i64 %kh2, 3
  %110 = add nsw i64 %109, 1
  %111 = mul nsw i64 %110, 64
  %112 = add nsw i64 %111, %9
  %113 = add nsw i64 %60, 0
  %114 = mul nsw i64 %113, 8
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = add nsw i64 %60, 1
  %117 = mul nsw i64 %116, 8
  %118 = getelementptr inbounds float, float* %0, i64 %117
  %119 = add nsw i64 %60, 2
  %120 = mul nsw i64 %119, 8
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = add nsw i64 %60, 3
  %123 = mul nsw i64 %122, 8
  %124 = getelementptr inbounds float, float* %0, i64 %123
  br label %c4

c4:                                               ; preds = %c4, %c.end
  %c6 = phi i64 [ 0, %c.end ], [ %c.next7, %c4 ]
  %125 = mul nsw i64 %c6, 8
  %126 = add nsw i64 %112, %125
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <4 x float>*
  %129 = load <4 x float>, <4 x float>* %128, align 4
  %130 = add nsw i64 %126, 4
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = bitcast float* %131 to <4 x float>*
  %133 = load <4 x float>, <4 x float>* %132, align 4
  %134 = getelementptr inbounds float, float* %115, i64 %c6
  %135 = load float, float* %134, align 4
  %136 = insertelement <4 x float> undef, float %135, i64 0
  %137 = shufflevector <4 x float> %136, <4 x float> undef, <4 x i32> zeroinitializer
  %138 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %139 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %137, <4 x float> %129, <4 x float> %138)
  store <4 x float> %139, <4 x float>* %acc.0.0, align 16
  %140 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %141 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %137, <4 x float> %133, <4 x float> %140)
  store <4 x float> %141, <4 x float>* %acc.0.1, align 16
  %142 = getelementptr inbounds float, float* %118, i64 %c6
  %143 = load float, float* %142, align 4
  %144 = insertelement <4 x float> undef, float %143, i64 0
  %145 = shufflevector <4 x float> %144, <4 x float> undef, <4 x i32> zeroinitializer
  %146 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %147 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %145, <4 x float> %129, <4 x float> %146)
  store <4 x float> %147, <4 x float>* %acc.1.0, align 16
  %148 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %149 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %145, <4 x float> %133, <4 x float> %148)
  store <4 x float> %149, <4 x float>* %acc.1.1, align 16
  %150 = getelementptr inbounds float, float* %121, i64 %c6
  %151 = load float, float* %150, align 4
  %152 = insertelement <4 x float> undef, float %151, i64 0
  %153 = shufflevector <4 x float> %152, <4 x float> undef, <4 x i32> zeroinitializer
  %154 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %155 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %153, <4 x float> %129, <4 x float> %154)
  store <4 x float> %155, <4 x float>* %acc.2.0, align 16
  %156 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %157 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %153, <4 x float> %133, <4 x float> %156)
  store <4 x float> %157, <4 x float>* %acc.2.1, align 16
  %158 = getelementptr inbounds float, float* %124, i64 %c6
  %159 = load float, float* %158, align 4
  %160 = insertelement <4 x float> undef, float %159, i64 0
  %161 = shufflevector <4 x float> %160, <4 x float> undef, <4 x i32> zeroinitializer
  %162 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %163 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %161, <4 x float> %129, <4 x float> %162)
  store <4 x float> %163, <4 x float>* %acc.3.0, align 16
  %164 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %165 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %161, <4 x float> %133, <4 x float> %164)
  store <4 x float> %165, <4 x float>* %acc.3.1, align 16
  %c.next7 = add nsw i64 %c6, 1
  %166 = icmp slt i64 %c.next7, 8
  br i1 %166, label %c4, label %c.end5, !llvm.loop !8

c.end5:                                           ; preds = %c4
  %167 = mul nsw i64 %kh2, 3
  %168 = add nsw i64 %167, 2
  %169 = mul nsw i64 %168, 64
  %170 = add nsw i64 %169, %9
  %171 = add nsw i64 %60, 1
  %172 = mul nsw i64 %171, 8
  %173 = getelementptr inbounds float, float* %0, i64 %172
  %174 = add nsw i64 %60, 2
  %175 = mul nsw i64 %174, 8
  %176 = getelementptr inbounds float, float* %0, i64 %175
  %177 = add nsw i64 %60, 3
  %178 = mul nsw i64 %177, 8
  %179 = getelementptr inbounds float, float* %0, i64 %178
  %180 = add nsw i64 %60, 4
  %181 = mul nsw i64 %180, 8
  %182 = getelementptr inbounds float, float* %0, i64 %181
  br label %c8

c8:                                               ; preds = %c8, %c.end5
  %c10 = phi i64 [ 0, %c.end5 ], [ %c.next11, %c8 ]
  %183 = mul nsw i64 %c10, 8
  %184 = add nsw i64 %170, %183
  %185 = getelementptr inbounds float, float* %1, i64 %184
  %186 = bitcast float* %185 to <4 x float>*
  %187 = load <4 x float>, <4 x float>* %186, align 4
  %188 = add nsw i64 %184, 4
  %189 = getelementptr inbounds float, float* %1, i64 %188
  %190 = bitcast float* %189 to <4 x float>*
  %191 = load <4 x float>, <4 x float>* %190, align 4
  %192 = getelementptr inbounds float, float* %173, i64 %c10
  %193 = load float, float* %192, align 4
  %194 = insertelement <4 x float> undef, float %193, i64 0
  %195 = shufflevector <4 x float> %194, <4 x float> undef, <4 x i32> zeroinitializer
  %196 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %197 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %195, <4 x float> %187, <4 x float> %196)
  store <4 x float> %197, <4 x float>* %acc.0.0, align 16
  %198 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %199 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %195, <4 x float> %191, <4 x float> %198)
  store <4 x float> %199, <4 x float>* %acc.0.1, align 16
  %200 = getelementptr inbounds float, float* %176, i64 %c10
  %201 = load float, float* %200, align 4
  %202 = insertelement <4 x float> undef, float %201, i64 0
  %203 = shufflevector <4 x float> %202, <4 x float> undef, <4 x i32> zeroinitializer
  %204 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %205 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %203, <4 x float> %187, <4 x float> %204)
  store <4 x float> %205, <4 x float>* %acc.1.0, align 16
  %206 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %207 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %203, <4 x float> %191, <4 x float> %206)
  store <4 x float> %207, <4 x float>* %acc.1.1, align 16
  %208 = getelementptr inbounds float, float* %179, i64 %c10
  %209 = load float, float* %208, align 4
  %210 = insertelement <4 x float> undef, float %209, i64 0
  %211 = shufflevector <4 x float> %210, <4 x float> undef, <4 x i32> zeroinitializer
  %212 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %213 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %211, <4 x float> %187, <4 x float> %212)
  store <4 x float> %213, <4 x float>* %acc.2.0, align 16
  %214 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %215 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %211, <4 x float> %191, <4 x float> %214)
  store <4 x float> %215, <4 x float>* %acc.2.1, align 16
  %216 = getelementptr inbounds float, float* %182, i64 %c10
  %217 = load float, float* %216, align 4
  %218 = insertelement <4 x float> undef, float %217, i64 0
  %219 = shufflevector <4 x float> %218, <4 x float> undef, <4 x i32> zeroinitializer
  %220 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %221 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %219, <4 x float> %187, <4 x float> %220)
  store <4 x float> %221, <4 x float>* %acc.3.0, align 16
  %222 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %223 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %219, <4 x float> %191, <4 x float> %222)
  store <4 x float> %223, <4 x float>* %acc.3.1, align 16
  %c.next11 = add nsw i64 %c10, 1
  %224 = icmp slt i64 %c.next11, 8
  br i1 %224, label %c8, label %c.end9, !llvm.loop !9

c.end9:                                           ; preds = %c8
  br label %ih.ok.end

pixel:                                            ; preds = %epilogue.end, %kh.end
  %pixel12 = phi i64 [ 0, %kh.end ], [ %pixel.next, %epilogue.end ]
  %225 = add nsw i64 %17, %pixel12
  %226 = mul nsw i64 %225, 8
  %227 = add nsw i64 %226, %9
  br label %epilogue

pixel.end:                                        ; preds = %epilogue.end
  store <4 x float> zeroinitializer, <4 x float>* %acc.0.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.0.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.1.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.1.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.2.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.2.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.3.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.3.1, align 16
  br label %kh14

epilogue:                                         ; preds = %epilogue, %pixel
  %epilogue13 = phi i64 [ 0, %pixel ], [ %epilogue.next, %epilogue ]
  %228 = add nsw i64 %227, %epilogue13
  %229 = add nsw i64 %9, %epilogue13
  %230 = getelementptr inbounds float, float* %2, i64 %228
  %231 = load float, float* %230, align 4
  %232 = sdiv i64 %225, 12
  %233 = urem i64 %232, 12
  %234 = urem i64 %225, 12
  %235 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv2/bias" to float*), i64 %229
  %236 = load float, float* %235, align 4
  %237 = fadd float %231, %236
  %238 = fcmp ole float %237, 0.000000e+00
  %239 = select i1 %238, float 0.000000e+00, float %237
  %240 = getelementptr inbounds float, float* %2, i64 %228
  store float %239, float* %240, align 4
  %epilogue.next = add nsw i64 %epilogue13, 1
  %241 = icmp slt i64 %epilogue.next, 8
  br i1 %241, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  %pixel.next = add nsw i64 %pixel12, 1
  %242 = icmp slt i64 %pixel.next, 4
  br i1 %242, label %pixel, label %pixel.end, !llvm.loop !10

kh14:                                             ; preds = %ih.ok.end18, %pixel.end
  %kh16 = phi i64 [ 0, %pixel.end ], [ %kh.next24, %ih.ok.end18 ]
  %243 = mul nsw i64 %8, 1
  %244 = add i64 %243, -1
  %245 = add nsw i64 %244, %kh16
  %246 = icmp ult i64 %245, 12
  br i1 %246, label %ih.ok17, label %ih.ok.end18

kh.end15:                                         ; preds = %ih.ok.end18
  %247 = mul nsw i64 %6, 12
  %248 = add nsw i64 %247, %8
  %249 = mul nsw i64 %248, 12
  %250 = add nsw i64 %249, 4
  %251 = add nsw i64 %250, 0
  %252 = mul nsw i64 %251, 8
  %253 = add nsw i64 %252, %9
  %254 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %255 = getelementptr inbounds float, float* %2, i64 %253
  %256 = bitcast float* %255 to <4 x float>*
  store <4 x float> %254, <4 x float>* %256, align 4
  %257 = add nsw i64 %253, 4
  %258 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %259 = getelementptr inbounds float, float* %2, i64 %257
  %260 = bitcast float* %259 to <4 x float>*
  store <4 x float> %258, <4 x float>* %260, align 4
  %261 = add nsw i64 %250, 1
  %262 = mul nsw i64 %261, 8
  %263 = add nsw i64 %262, %9
  %264 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %265 = getelementptr inbounds float, float* %2, i64 %263
  %266 = bitcast float* %265 to <4 x float>*
  store <4 x float> %264, <4 x float>* %266, align 4
  %267 = add nsw i64 %263, 4
  %268 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %269 = getelementptr inbounds float, float* %2, i64 %267
  %270 = bitcast float* %269 to <4 x float>*
  store <4 x float> %268, <4 x float>* %270, align 4
  %271 = add nsw i64 %250, 2
  %272 = mul nsw i64 %271, 8
  %273 = add nsw i64 %272, %9
  %274 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %275 = getelementptr inbounds float, float* %2, i64 %273
  %276 = bitcast float* %275 to <4 x float>*
  store <4 x float> %274, <4 x float>* %276, align 4
  %277 = add nsw i64 %273, 4
  %278 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %279 = getelementptr inbounds float, float* %2, i64 %277
  %280 = bitcast float* %279 to <4 x float>*
  store <4 x float> %278, <4 x float>* %280, align 4
  %281 = add nsw i64 %250, 3
  %282 = mul nsw i64 %281, 8
  %283 = add nsw i64 %282, %9
  %284 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %285 = getelementptr inbounds float, float* %2, i64 %283
  %286 = bitcast float* %285 to <4 x float>*
  store <4 x float> %284, <4 x float>* %286, align 4
  %287 = add nsw i64 %283, 4
  %288 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %289 = getelementptr inbounds float, float* %2, i64 %287
  %290 = bitcast float* %289 to <4 x float>*
  store <4 x float> %288, <4 x float>* %290, align 4
  br label %pixel25

ih.ok17:                                          ; preds = %kh14
  %291 = mul nsw i64 %6, 12
  %292 = add nsw i64 %291, %245
  %293 = mul nsw i64 %292, 12
  br label %kw

ih.ok.end18:                                      ; preds = %kw.end, %kh14
  %kh.next24 = add nsw i64 %kh16, 1
  %294 = icmp slt i64 %kh.next24, 3
  br i1 %294, label %kh14, label %kh.end15

kw:                                               ; preds = %c.end21, %ih.ok17
  %kw19 = phi i64 [ 0, %ih.ok17 ], [ %kw.next, %c.end21 ]
  %295 = mul nsw i64 %kh16, 3
  %296 = add nsw i64 %295, %kw19
  %297 = mul nsw i64 %296, 64
  %298 = add nsw i64 %297, %9
  %299 = add nsw i64 3, %kw19
  %300 = add nsw i64 %293, %299
  %301 = mul nsw i64 %300, 8
  %302 = getelementptr inbounds float, float* %0, i64 %301
  %303 = add nsw i64 4, %kw19
  %304 = add nsw i64 %293, %303
  %305 = mul nsw i64 %304, 8
  %306 = getelementptr inbounds float, float* %0, i64 %305
  %307 = add nsw i64 5, %kw19
  %308 = add nsw i64 %293, %307
  %309 = mul nsw i64 %308, 8
  %310 = getelementptr inbounds float, float* %0, i64 %309
  %311 = add nsw i64 6, %kw19
  %312 = add nsw i64 %293, %311
  %313 = mul nsw i64 %312, 8
  %314 = getelementptr inbounds float, float* %0, i64 %313
  br label %c20

kw.end:                                           ; preds = %c.end21
  br label %ih.ok.end18

c20:                                              ; preds = %c20, %kw
  %c22 = phi i64 [ 0, %kw ], [ %c.next23, %c20 ]
  %315 = mul nsw i64 %c22, 8
  %316 = add nsw i64 %298, %315
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = bitcast float* %317 to <4 x float>*
  %319 = load <4 x float>, <4 x float>* %318, align 4
  %320 = add nsw i64 %316, 4
  %321 = getelementptr inbounds float, float* %1, i64 %320
  %322 = bitcast float* %321 to <4 x float>*
  %323 = load <4 x float>, <4 x float>* %322, align 4
  %324 = getelementptr inbounds float, float* %302, i64 %c22
  %325 = load float, float* %324, align 4
  %326 = insertelement <4 x float> undef, float %325, i64 0
  %327 = shufflevector <4 x float> %326, <4 x float> undef, <4 x i32> zeroinitializer
  %328 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %329 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %327, <4 x float> %319, <4 x float> %328)
  store <4 x float> %329, <4 x float>* %acc.0.0, align 16
  %330 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %331 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %327, <4 x float> %323, <4 x float> %330)
  store <4 x float> %331, <4 x float>* %acc.0.1, align 16
  %332 = getelementptr inbounds float, float* %306, i64 %c22
  %333 = load float, float* %332, align 4
  %334 = insertelement <4 x float> undef, float %333, i64 0
  %335 = shufflevector <4 x float> %334, <4 x float> undef, <4 x i32> zeroinitializer
  %336 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %337 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %335, <4 x float> %319, <4 x float> %336)
  store <4 x float> %337, <4 x float>* %acc.1.0, align 16
  %338 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %339 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %335, <4 x float> %323, <4 x float> %338)
  store <4 x float> %339, <4 x float>* %acc.1.1, align 16
  %340 = getelementptr inbounds float, float* %310, i64 %c22
  %341 = load float, float* %340, align 4
  %342 = insertelement <4 x float> undef, float %341, i64 0
  %343 = shufflevector <4 x float> %342, <4 x float> undef, <4 x i32> zeroinitializer
  %344 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %345 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %343, <4 x float> %319, <4 x float> %344)
  store <4 x float> %345, <4 x float>* %acc.2.0, align 16
  %346 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %347 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %343, <4 x float> %323, <4 x float> %346)
  store <4 x float> %347, <4 x float>* %acc.2.1, align 16
  %348 = getelementptr inbounds float, float* %314, i64 %c22
  %349 = load float, float* %348, align 4
  %350 = insertelement <4 x float> undef, float %349, i64 0
  %351 = shufflevector <4 x float> %350, <4 x float> undef, <4 x i32> zeroinitializer
  %352 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %353 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %351, <4 x float> %319, <4 x float> %352)
  store <4 x float> %353, <4 x float>* %acc.3.0, align 16
  %354 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %355 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %351, <4 x float> %323, <4 x float> %354)
  store <4 x float> %355, <4 x float>* %acc.3.1, align 16
  %c.next23 = add nsw i64 %c22, 1
  %356 = icmp slt i64 %c.next23, 8
  br i1 %356, label %c20, label %c.end21, !llvm.loop !11

c.end21:                                          ; preds = %c20
  %kw.next = add nsw i64 %kw19, 1
  %357 = icmp slt i64 %kw.next, 3
  br i1 %357, label %kw, label %kw.end

pixel25:                                          ; preds = %epilogue.end29, %kh.end15
  %pixel27 = phi i64 [ 0, %kh.end15 ], [ %pixel.next32, %epilogue.end29 ]
  %358 = add nsw i64 %250, %pixel27
  %359 = mul nsw i64 %358, 8
  %360 = add nsw i64 %359, %9
  br label %epilogue28

pixel.end26:                                      ; preds = %epilogue.end29
  store <4 x float> zeroinitializer, <4 x float>* %acc.0.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.0.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.1.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.1.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.2.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.2.1, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.3.0, align 16
  store <4 x float> zeroinitializer, <4 x float>* %acc.3.1, align 16
  br label %kh33

epilogue28:                                       ; preds = %epilogue28, %pixel25
  %epilogue30 = phi i64 [ 0, %pixel25 ], [ %epilogue.next31, %epilogue28 ]
  %361 = add nsw i64 %360, %epilogue30
  %362 = add nsw i64 %9, %epilogue30
  %363 = getelementptr inbounds float, float* %2, i64 %361
  %364 = load float, float* %363, align 4
  %365 = sdiv i64 %358, 12
  %366 = urem i64 %365, 12
  %367 = urem i64 %358, 12
  %368 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv2/bias" to float*), i64 %362
  %369 = load float, float* %368, align 4
  %370 = fadd float %364, %369
  %371 = fcmp ole float %370, 0.000000e+00
  %372 = select i1 %371, float 0.000000e+00, float %370
  %373 = getelementptr inbounds float, float* %2, i64 %361
  store float %372, float* %373, align 4
  %epilogue.next31 = add nsw i64 %epilogue30, 1
  %374 = icmp slt i64 %epilogue.next31, 8
  br i1 %374, label %epilogue28, label %epilogue.end29

epilogue.end29:                                   ; preds = %epilogue28
  %pixel.next32 = add nsw i64 %pixel27, 1
  %375 = icmp slt i64 %pixel.next32, 4
  br i1 %375, label %pixel25, label %pixel.end26, !llvm.loop !12

kh33:                                             ; preds = %ih.ok.end37, %pixel.end26
  %kh35 = phi i64 [ 0, %pixel.end26 ], [ %kh.next50, %ih.ok.end37 ]
  %376 = mul nsw i64 %8, 1
  %377 = add i64 %376, -1
  %378 = add nsw i64 %377, %kh35
  %379 = icmp ult i64 %378, 12
  br i1 %379, label %ih.ok36, label %ih.ok.end37

kh.end34:                                         ; preds = %ih.ok.end37
  %380 = mul nsw i64 %6, 12
  %381 = add nsw i64 %380, %8
  %382 = mul nsw i64 %381, 12
  %383 = add nsw i64 %382, 8
  %384 = add nsw i64 %383, 0
  %385 = mul nsw i64 %384, 8
  %386 = add nsw i64 %385, %9
  %387 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %388 = getelementptr inbounds float, float* %2, i64 %386
  %389 = bitcast float* %388 to <4 x float>*
  store <4 x float> %387, <4 x float>* %389, align 4
  %390 = add nsw i64 %386, 4
  %391 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %392 = getelementptr inbounds float, float* %2, i64 %390
  %393 = bitcast float* %392 to <4 x float>*
  store <4 x float> %391, <4 x float>* %393, align 4
  %394 = add nsw i64 %383, 1
  %395 = mul nsw i64 %394, 8
  %396 = add nsw i64 %395, %9
  %397 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %398 = getelementptr inbounds float, float* %2, i64 %396
  %399 = bitcast float* %398 to <4 x float>*
  store <4 x float> %397, <4 x float>* %399, align 4
  %400 = add nsw i64 %396, 4
  %401 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %402 = getelementptr inbounds float, float* %2, i64 %400
  %403 = bitcast float* %402 to <4 x float>*
  store <4 x float> %401, <4 x float>* %403, align 4
  %404 = add nsw i64 %383, 2
  %405 = mul nsw i64 %404, 8
  %406 = add nsw i64 %405, %9
  %407 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %408 = getelementptr inbounds float, float* %2, i64 %406
  %409 = bitcast float* %408 to <4 x float>*
  store <4 x float> %407, <4 x float>* %409, align 4
  %410 = add nsw i64 %406, 4
  %411 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %412 = getelementptr inbounds float, float* %2, i64 %410
  %413 = bitcast float* %412 to <4 x float>*
  store <4 x float> %411, <4 x float>* %413, align 4
  %414 = add nsw i64 %383, 3
  %415 = mul nsw i64 %414, 8
  %416 = add nsw i64 %415, %9
  %417 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %418 = getelementptr inbounds float, float* %2, i64 %416
  %419 = bitcast float* %418 to <4 x float>*
  store <4 x float> %417, <4 x float>* %419, align 4
  %420 = add nsw i64 %416, 4
  %421 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %422 = getelementptr inbounds float, float* %2, i64 %420
  %423 = bitcast float* %422 to <4 x float>*
  store <4 x float> %421, <4 x float>* %423, align 4
  br label %pixel51

ih.ok36:                                          ; preds = %kh33
  %424 = mul nsw i64 %6, 12
  %425 = add nsw i64 %424, %378
  %426 = mul nsw i64 %425, 12
  %427 = mul nsw i64 %kh35, 3
  %428 = add nsw i64 %427, 0
  %429 = mul nsw i64 %428, 64
  %430 = add nsw i64 %429, %9
  %431 = add nsw i64 %426, 7
  %432 = mul nsw i64 %431, 8
  %433 = getelementptr inbounds float, float* %0, i64 %432
  %434 = add nsw i64 %426, 8
  %435 = mul nsw i64 %434, 8
  %436 = getelementptr inbounds float, float* %0, i64 %435
  %437 = add nsw i64 %426, 9
  %438 = mul nsw i64 %437, 8
  %439 = getelementptr inbounds float, float* %0, i64 %438
  %440 = add nsw i64 %426, 10
  %441 = mul nsw i64 %440, 8
  %442 = getelementptr inbounds float, float* %0, i64 %441
  br label %c38

ih.ok.end37:                                      ; preds = %c.end47, %kh33
  %kh.next50 = add nsw i64 %kh35, 1
  %443 = icmp slt i64 %kh.next50, 3
  br i1 %443, label %kh33, label %kh.end34

c38:                                              ; preds = %c38, %ih.ok36
  %c40 = phi i64 [ 0, %ih.ok36 ], [ %c.next41, %c38 ]
  %444 = mul nsw i64 %c40, 8
  %445 = add nsw i64 %430, %444
  %446 = getelementptr inbounds float, float* %1, i64 %445
  %447 = bitcast float* %446 to <4 x float>*
  %448 = load <4 x float>, <4 x float>* %447, align 4
  %449 = add nsw i64 %445, 4
  %450 = getelementptr inbounds float, float* %1, i64 %449
  %451 = bitcast float* %450 to <4 x float>*
  %452 = load <4 x float>, <4 x float>* %451, align 4
  %453 = getelementptr inbounds float, float* %433, i64 %c40
  %454 = load float, float* %453, align 4
  %455 = insertelement <4 x float> undef, float %454, i64 0
  %456 = shufflevector <4 x float> %455, <4 x float> undef, <4 x i32> zeroinitializer
  %457 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %458 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %456, <4 x float> %448, <4 x float> %457)
  store <4 x float> %458, <4 x float>* %acc.0.0, align 16
  %459 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %460 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %456, <4 x float> %452, <4 x float> %459)
  store <4 x float> %460, <4 x float>* %acc.0.1, align 16
  %461 = getelementptr inbounds float, float* %436, i64 %c40
  %462 = load float, float* %461, align 4
  %463 = insertelement <4 x float> undef, float %462, i64 0
  %464 = shufflevector <4 x float> %463, <4 x float> undef, <4 x i32> zeroinitializer
  %465 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %466 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %464, <4 x float> %448, <4 x float> %465)
  store <4 x float> %466, <4 x float>* %acc.1.0, align 16
  %467 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %468 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %464, <4 x float> %452, <4 x float> %467)
  store <4 x float> %468, <4 x float>* %acc.1.1, align 16
  %469 = getelementptr inbounds float, float* %439, i64 %c40
  %470 = load float, float* %469, align 4
  %471 = insertelement <4 x float> undef, float %470, i64 0
  %472 = shufflevector <4 x float> %471, <4 x float> undef, <4 x i32> zeroinitializer
  %473 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %474 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %472, <4 x float> %448, <4 x float> %473)
  store <4 x float> %474, <4 x float>* %acc.2.0, align 16
  %475 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %476 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %472, <4 x float> %452, <4 x float> %475)
  store <4 x float> %476, <4 x float>* %acc.2.1, align 16
  %477 = getelementptr inbounds float, float* %442, i64 %c40
  %478 = load float, float* %477, align 4
  %479 = insertelement <4 x float> undef, float %478, i64 0
  %480 = shufflevector <4 x float> %479, <4 x float> undef, <4 x i32> zeroinitializer
  %481 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %482 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %480, <4 x float> %448, <4 x float> %481)
  store <4 x float> %482, <4 x float>* %acc.3.0, align 16
  %483 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %484 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %480, <4 x float> %452, <4 x float> %483)
  store <4 x float> %484, <4 x float>* %acc.3.1, align 16
  %c.next41 = add nsw i64 %c40, 1
  %485 = icmp slt i64 %c.next41, 8
  br i1 %485, label %c38, label %c.end39, !llvm.loop !13

c.end39:                                          ; preds = %c38
  %486 = mul nsw i64 %kh35, 3
  %487 = add nsw i64 %486, 1
  %488 = mul nsw i64 %487, 64
  %489 = add nsw i64 %488, %9
  %490 = add nsw i64 %426, 8
  %491 = mul nsw i64 %490, 8
  %492 = getelementptr inbounds float, float* %0, i64 %491
  %493 = add nsw i64 %426, 9
  %494 = mul nsw i64 %493, 8
  %495 = getelementptr inbounds float, float* %0, i64 %494
  %496 = add nsw i64 %426, 10
  %497 = mul nsw i64 %496, 8
  %498 = getelementptr inbounds float, float* %0, i64 %497
  %499 = add nsw i64 %426, 11
  %500 = mul nsw i64 %499, 8
  %501 = getelementptr inbounds float, float* %0, i64 %500
  br label %c42

c42:                                              ; preds = %c42, %c.end39
  %c44 = phi i64 [ 0, %c.end39 ], [ %c.next45, %c42 ]
  %502 = mul nsw i64 %c44, 8
  %503 = add nsw i64 %489, %502
  %504 = getelementptr inbounds float, float* %1, i64 %503
  %505 = bitcast float* %504 to <4 x float>*
  %506 = load <4 x float>, <4 x float>* %505, align 4
  %507 = add nsw i64 %503, 4
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = bitcast float* %508 to <4 x float>*
  %510 = load <4 x float>, <4 x float>* %509, align 4
  %511 = getelementptr inbounds float, float* %492, i64 %c44
  %512 = load float, float* %511, align 4
  %513 = insertelement <4 x float> undef, float %512, i64 0
  %514 = shufflevector <4 x float> %513, <4 x float> undef, <4 x i32> zeroinitializer
  %515 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %516 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %514, <4 x float> %506, <4 x float> %515)
  store <4 x float> %516, <4 x float>* %acc.0.0, align 16
  %517 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %518 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %514, <4 x float> %510, <4 x float> %517)
  store <4 x float> %518, <4 x float>* %acc.0.1, align 16
  %519 = getelementptr inbounds float, float* %495, i64 %c44
  %520 = load float, float* %519, align 4
  %521 = insertelement <4 x float> undef, float %520, i64 0
  %522 = shufflevector <4 x float> %521, <4 x float> undef, <4 x i32> zeroinitializer
  %523 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %524 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %522, <4 x float> %506, <4 x float> %523)
  store <4 x float> %524, <4 x float>* %acc.1.0, align 16
  %525 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %526 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %522, <4 x float> %510, <4 x float> %525)
  store <4 x float> %526, <4 x float>* %acc.1.1, align 16
  %527 = getelementptr inbounds float, float* %498, i64 %c44
  %528 = load float, float* %527, align 4
  %529 = insertelement <4 x float> undef, float %528, i64 0
  %530 = shufflevector <4 x float> %529, <4 x float> undef, <4 x i32> zeroinitializer
  %531 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %532 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %530, <4 x float> %506, <4 x float> %531)
  store <4 x float> %532, <4 x float>* %acc.2.0, align 16
  %533 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %534 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %530, <4 x float> %510, <4 x float> %533)
  store <4 x float> %534, <4 x float>* %acc.2.1, align 16
  %535 = getelementptr inbounds float, float* %501, i64 %c44
  %536 = load float, float* %535, align 4
  %537 = insertelement <4 x float> undef, float %536, i64 0
  %538 = shufflevector <4 x float> %537, <4 x float> undef, <4 x i32> zeroinitializer
  %539 = load <4 x float>, <4 x float>* %acc.3.0, align 16
  %540 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %538, <4 x float> %506, <4 x float> %539)
  store <4 x float> %540, <4 x float>* %acc.3.0, align 16
  %541 = load <4 x float>, <4 x float>* %acc.3.1, align 16
  %542 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %538, <4 x float> %510, <4 x float> %541)
  store <4 x float> %542, <4 x float>* %acc.3.1, align 16
  %c.next45 = add nsw i64 %c44, 1
  %543 = icmp slt i64 %c.next45, 8
  br i1 %543, label %c42, label %c.end43, !llvm.loop !14

c.end43:                                          ; preds = %c42
  %544 = mul nsw i64 %kh35, 3
  %545 = add nsw i64 %544, 2
  %546 = mul nsw i64 %545, 64
  %547 = add nsw i64 %546, %9
  %548 = add nsw i64 %426, 9
  %549 = mul nsw i64 %548, 8
  %550 = getelementptr inbounds float, float* %0, i64 %549
  %551 = add nsw i64 %426, 10
  %552 = mul nsw i64 %551, 8
  %553 = getelementptr inbounds float, float* %0, i64 %552
  %554 = add nsw i64 %426, 11
  %555 = mul nsw i64 %554, 8
  %556 = getelementptr inbounds float, float* %0, i64 %555
  br label %c46

c46:                                              ; preds = %c46, %c.end43
  %c48 = phi i64 [ 0, %c.end43 ], [ %c.next49, %c46 ]
  %557 = mul nsw i64 %c48, 8
  %558 = add nsw i64 %547, %557
  %559 = getelementptr inbounds float, float* %1, i64 %558
  %560 = bitcast float* %559 to <4 x float>*
  %561 = load <4 x float>, <4 x float>* %560, align 4
  %562 = add nsw i64 %558, 4
  %563 = getelementptr inbounds float, float* %1, i64 %562
  %564 = bitcast float* %563 to <4 x float>*
  %565 = load <4 x float>, <4 x float>* %564, align 4
  %566 = getelementptr inbounds float, float* %550, i64 %c48
  %567 = load float, float* %566, align 4
  %568 = insertelement <4 x float> undef, float %567, i64 0
  %569 = shufflevector <4 x float> %568, <4 x float> undef, <4 x i32> zeroinitializer
  %570 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %571 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %569, <4 x float> %561, <4 x float> %570)
  store <4 x float> %571, <4 x float>* %acc.0.0, align 16
  %572 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %573 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %569, <4 x float> %565, <4 x float> %572)
  store <4 x float> %573, <4 x float>* %acc.0.1, align 16
  %574 = getelementptr inbounds float, float* %553, i64 %c48
  %575 = load float, float* %574, align 4
  %576 = insertelement <4 x float> undef, float %575, i64 0
  %577 = shufflevector <4 x float> %576, <4 x float> undef, <4 x i32> zeroinitializer
  %578 = load <4 x float>, <4 x float>* %acc.1.0, align 16
  %579 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %577, <4 x float> %561, <4 x float> %578)
  store <4 x float> %579, <4 x float>* %acc.1.0, align 16
  %580 = load <4 x float>, <4 x float>* %acc.1.1, align 16
  %581 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %577, <4 x float> %565, <4 x float> %580)
  store <4 x float> %581, <4 x float>* %acc.1.1, align 16
  %582 = getelementptr inbounds float, float* %556, i64 %c48
  %583 = load float, float* %582, align 4
  %584 = insertelement <4 x float> undef, float %583, i64 0
  %585 = shufflevector <4 x float> %584, <4 x float> undef, <4 x i32> zeroinitializer
  %586 = load <4 x float>, <4 x float>* %acc.2.0, align 16
  %587 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %585, <4 x float> %561, <4 x float> %586)
  store <4 x float> %587, <4 x float>* %acc.2.0, align 16
  %588 = load <4 x float>, <4 x float>* %acc.2.1, align 16
  %589 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %585, <4 x float> %565, <4 x float> %588)
  store <4 x float> %589, <4 x float>* %acc.2.1, align 16
  %c.next49 = add nsw i64 %c48, 1
  %590 = icmp slt i64 %c.next49, 8
  br i1 %590, label %c46, label %c.end47, !llvm.loop !15

c.end47:                                          ; preds = %c46
  br label %ih.ok.end37

pixel51:                                          ; preds = %epilogue.end55, %kh.end34
  %pixel53 = phi i64 [ 0, %kh.end34 ], [ %pixel.next58, %epilogue.end55 ]
  %591 = add nsw i64 %383, %pixel53
  %592 = mul nsw i64 %591, 8
  %593 = add nsw i64 %592, %9
  br label %epilogue54

pixel.end52:                                      ; preds = %epilogue.end55
  %slice.next = add nsw i64 %slice1, 1
  %594 = icmp slt i64 %slice.next, 12
  br i1 %594, label %slice, label %slice.end

epilogue54:                                       ; preds = %epilogue54, %pixel51
  %epilogue56 = phi i64 [ 0, %pixel51 ], [ %epilogue.next57, %epilogue54 ]
  %595 = add nsw i64 %593, %epilogue56
  %596 = add nsw i64 %9, %epilogue56
  %597 = getelementptr inbounds float, float* %2, i64 %595
  %598 = load float, float* %597, align 4
  %599 = sdiv i64 %591, 12
  %600 = urem i64 %599, 12
  %601 = urem i64 %591, 12
  %602 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv2/bias" to float*), i64 %596
  %603 = load float, float* %602, align 4
  %604 = fadd float %598, %603
  %605 = fcmp ole float %604, 0.000000e+00
  %606 = select i1 %605, float 0.000000e+00, float %604
  %607 = getelementptr inbounds float, float* %2, i64 %595
  store float %606, float* %607, align 4
  %epilogue.next57 = add nsw i64 %epilogue56, 1
  %608 = icmp slt i64 %epilogue.next57, 8
  br i1 %608, label %epilogue54, label %epilogue.end55

epilogue.end55:                                   ; preds = %epilogue54
  %pixel.next58 = add nsw i64 %pixel53, 1
  %609 = icmp slt i64 %pixel.next58, 4
  br i1 %609, label %pixel51, label %pixel.end52, !llvm.loop !16
}

; Function Attrs: noinline nounwind
define internal void @k12_pool2(float* noalias %0, float* noalias %1) #0 {
allocas:
  %acc.0.0 = alloca <4 x float>, align 16
  %acc.0.1 = alloca <4 x float>, align 16
  br label %body

body:                                             ; preds = %allocas
  br label %row

row:                                              ; preds = %ow.end, %body
  %row1 = phi i64 [ 0, %body ], [ %row.next, %ow.end ]
  %2 = sdiv i64 %row1, 6
  %oh = srem i64 %row1, 6
  %3 = mul nsw i64 %row1, 48
  br label %ow

row.end:                                          ; preds = %ow.end
  ret void

ow:                                               ; preds = %kh.end, %row
  %ow2 = phi i64 [ 0, %row ], [ %ow.next, %kh.end ]
  %4 = mul nsw i64 %ow2, 8
  %5 = add nsw i64 %3, %4
  store <4 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <4 x float>* %acc.0.0, align 16
  store <4 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <4 x float>* %acc.0.1, align 16
  br label %kh

ow.end:                                           ; preds = %kh.end
  %row.next = add nsw i64 %row1, 1
  %6 = icmp slt i64 %row.next, 6
  br i1 %6, label %row, label %row.end

kh:                                               ; preds = %ih.ok.end, %ow
  %kh3 = phi i64 [ 0, %ow ], [ %kh.next, %ih.ok.end ]
  %7 = mul nsw i64 %oh, 2
  %8 = add i64 %7, 0
  %9 = add nsw i64 %8, %kh3
  %10 = icmp ult i64 %9, 12
  br i1 %10, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %11 = add nsw i64 %5, 0
  %12 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %13 = getelementptr inbounds float, float* %1, i64 %11
  %14 = bitcast float* %13 to <4 x float>*
  store <4 x float> %12, <4 x float>* %14, align 4
  %15 = add nsw i64 %11, 4
  %16 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %17 = getelementptr inbounds float, float* %1, i64 %15
  %18 = bitcast float* %17 to <4 x float>*
  store <4 x float> %16, <4 x float>* %18, align 4
  %ow.next = add nsw i64 %ow2, 1
  %19 = icmp slt i64 %ow.next, 6
  br i1 %19, label %ow, label %ow.end

ih.ok:                                            ; preds = %kh
  br label %kw

ih.ok.end:                                        ; preds = %kw.end, %kh
  %kh.next = add nsw i64 %kh3, 1
  %20 = icmp slt i64 %kh.next, 2
  br i1 %20, label %kh, label %kh.end

kw:                                               ; preds = %iw.ok.end, %ih.ok
  %kw4 = phi i64 [ 0, %ih.ok ], [ %kw.next, %iw.ok.end ]
  %21 = mul nsw i64 %ow2, 2
  %22 = add i64 %21, 0
  %23 = add nsw i64 %22, %kw4
  %24 = icmp ult i64 %23, 12
  br i1 %24, label %iw.ok, label %iw.ok.end

kw.end:                                           ; preds = %iw.ok.end
  br label %ih.ok.end

iw.ok:                                            ; preds = %kw
  %25 = mul nsw i64 %2, 12
  %26 = add nsw i64 %25, %9
  %27 = mul nsw i64 %26, 12
  %28 = add nsw i64 %27, %23
  %29 = mul nsw i64 %28, 8
  %30 = add nsw i64 %29, 0
  %31 = getelementptr inbounds float, float* %0, i64 %30
  %32 = bitcast float* %31 to <4 x float>*
  %33 = load <4 x float>, <4 x float>* %32, align 4
  %34 = add nsw i64 %30, 4
  %35 = getelementptr inbounds float, float* %0, i64 %34
  %36 = bitcast float* %35 to <4 x float>*
  %37 = load <4 x float>, <4 x float>* %36, align 4
  %38 = load <4 x float>, <4 x float>* %acc.0.0, align 16
  %39 = fcmp ogt <4 x float> %38, %33
  %40 = fcmp uno <4 x float> %38, %38
  %41 = select <4 x i1> %39, <4 x float> %38, <4 x float> %33
  %42 = select <4 x i1> %40, <4 x float> %38, <4 x float> %41
  store <4 x float> %42, <4 x float>* %acc.0.0, align 16
  %43 = load <4 x float>, <4 x float>* %acc.0.1, align 16
  %44 = fcmp ogt <4 x float> %43, %37
  %45 = fcmp uno <4 x float> %43, %43
  %46 = select <4 x i1> %44, <4 x float> %43, <4 x float> %37
  %47 = select <4 x i1> %45, <4 x float> %43, <4 x float> %46
  store <4 x float> %47, <4 x float>* %acc.0.1, align 16
  br label %iw.ok.end

iw.ok.end:                                        ; preds = %iw.ok, %kw
  %kw.next = add nsw i64 %kw4, 1
  %48 = icmp slt i64 %kw.next, 2
  br i1 %48, label %kw, label %kw.end
}

; Function Attrs: noinline nounwind
define internal void @k18_dense_Relu(float* noalias %0, float* noalias %1, float* noalias %2, float* noalias %3) #0 {
allocas:
  br label %body

body:                                             ; preds = %allocas
  br label %zero

zero:                                             ; preds = %zero, %body
  %zero1 = phi i64 [ 0, %body ], [ %zero.next, %zero ]
  %4 = mul nsw i64 %zero1, 4
  %5 = add nsw i64 0, %4
  %6 = add nsw i64 0, %5
  %7 = getelementptr inbounds float, float* %3, i64 %6
  %8 = bitcast float* %7 to <4 x float>*
  store <4 x float> zeroinitializer, <4 x float>* %8, align 4
  %zero.next = add nsw i64 %zero1, 1
  %9 = icmp slt i64 %zero.next, 8
  br i1 %9, label %zero, label %zero.end

zero.end:                                         ; preds = %zero
  br label %k

k:                                                ; preds = %j.end, %zero.end
  %k2 = phi i64 [ 0, %zero.end ], [ %k.next, %j.end ]
  %10 = mul nsw i64 %k2, 4
  %11 = add nsw i64 %10, 0
  %12 = add nsw i64 0, %11
  %13 = getelementptr inbounds float, float* %0, i64 %12
  %14 = load float, float* %13, align 4
  %15 = insertelement <4 x float> undef, float %14, i64 0
  %16 = shufflevector <4 x float> %15, <4 x float> undef, <4 x i32> zeroinitializer
  %17 = add nsw i64 %10, 1
  %18 = add nsw i64 0, %17
  %19 = getelementptr inbounds float, float* %0, i64 %18
  %20 = load float, float* %19, align 4
  %21 = insertelement <4 x float> undef, float %20, i64 0
  %22 = shufflevector <4 x float> %21, <4 x float> undef, <4 x i32> zeroinitializer
  %23 = add nsw i64 %10, 2
  %24 = add nsw i64 0, %23
  %25 = getelementptr inbounds float, float* %0, i64 %24
  %26 = load float, float* %25, align 4
  %27 = insertelement <4 x float> undef, float %26, i64 0
  %28 = shufflevector <4 x float> %27, <4 x float> undef, <4 x i32> zeroinitializer
  %29 = add nsw i64 %10, 3
  %30 = add nsw i64 0, %29
  %31 = getelementptr inbounds float, float* %0, i64 %30
  %32 = load float, float* %31, align 4
  %33 = insertelement <4 x float> undef, float %32, i64 0
  %34 = shufflevector <4 x float> %33, <4 x float> undef, <4 x i32> zeroinitializer
  br label %j

k.end:                                            ; preds = %j.end
  br label %epilogue

j:                                                ; preds = %j, %k
  %j3 = phi i64 [ 0, %k ], [ %j.next, %j ]
  %35 = mul nsw i64 %j3, 4
  %36 = add nsw i64 0, %35
  %37 = add nsw i64 %10, 0
  %38 = mul nsw i64 %37, 32
  %39 = add nsw i64 %38, %36
  %40 = getelementptr inbounds float, float* %1, i64 %39
  %41 = bitcast float* %40 to <4 x float>*
  %42 = load <4 x float>, <4 x float>* %41, align 4
  %43 = add nsw i64 %10, 1
  %44 = mul nsw i64 %43, 32
  %45 = add nsw i64 %44, %36
  %46 = getelementptr inbounds float, float* %1, i64 %45
  %47 = bitcast float* %46 to <4 x float>*
  %48 = load <4 x float>, <4 x float>* %47, align 4
  %49 = add nsw i64 %10, 2
  %50 = mul nsw i64 %49, 32
  %51 = add nsw i64 %50, %36
  %52 = getelementptr inbounds float, float* %1, i64 %51
  %53 = bitcast float* %52 to <4 x float>*
  %54 = load <4 x float>, <4 x float>* %53, align 4
  %55 = add nsw i64 %10, 3
  %56 = mul nsw i64 %55, 32
  %57 = add nsw i64 %56, %36
  %58 = getelementptr inbounds float, float* %1, i64 %57
  %59 = bitcast float* %58 to <4 x float>*
  %60 = load <4 x float>, <4 x float>* %59, align 4
  %61 = add nsw i64 0, %36
  %62 = getelementptr inbounds float, float* %3, i64 %61
  %63 = bitcast float* %62 to <4 x float>*
  %64 = load <4 x float>, <4 x float>* %63, align 4
  %65 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %16, <4 x float> %42, <4 x float> %64)
  %66 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %22, <4 x float> %48, <4 x float> %65)
  %67 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %28, <4 x float> %54, <4 x float> %66)
  %68 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %34, <4 x float> %60, <4 x float> %67)
  store <4 x float> %68, <4 x float>* %63, align 4
  %j.next = add nsw i64 %j3, 1
  %69 = icmp slt i64 %j.next, 8
  br i1 %69, label %j, label %j.end

j.end:                                            ; preds = %j
  %k.next = add nsw i64 %k2, 1
  %70 = icmp slt i64 %k.next, 72
  br i1 %70, label %k, label %k.end

epilogue:                                         ; preds = %epilogue, %k.end
  %epilogue4 = phi i64 [ 0, %k.end ], [ %epilogue.next, %epilogue ]
  %71 = add nsw i64 0, %epilogue4
  %72 = getelementptr inbounds float, float* %3, i64 %71
  %73 = load float, float* %72, align 4
  %74 = getelementptr inbounds float, float* %2, i64 %epilogue4
  %75 = load float, float* %74, align 4
  %76 = fadd float %73, %75
  %77 = fcmp ole float %76, 0.000000e+00
  %78 = select i1 %77, float 0.000000e+00, float %76
  %79 = getelementptr inbounds float, float* %3, i64 %71
  store float %78, float* %79, align 4
  %epilogue.next = add nsw i64 %epilogue4, 1
  %80 = icmp slt i64 %epilogue.next, 32
  br i1 %80, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  ret void
}

; Function Attrs: noinline nounwind
define internal void @k22_logits(float* noalias %0, float* noalias %1, float* noalias %2) #0 {
allocas:
  br label %body

body:                                             ; preds = %allocas
  br label %zero

zero:                                             ; preds = %zero, %body
  %zero1 = phi i64 [ 0, %body ], [ %zero.next, %zero ]
  %3 = add nsw i64 0, %zero1
  %4 = getelementptr inbounds float, float* %2, i64 %3
  store float 0.000000e+00, float* %4, align 4
  %zero.next = add nsw i64 %zero1, 1
  %5 = icmp slt i64 %zero.next, 10
  br i1 %5, label %zero, label %zero.end

zero.end:                                         ; preds = %zero
  br label %k

k:                                                ; preds = %j.end, %zero.end
  %k2 = phi i64 [ 0, %zero.end ], [ %k.next, %j.end ]
  %6 = add nsw i64 0, %k2
  %7 = getelementptr inbounds float, float* %0, i64 %6
  %8 = load float, float* %7, align 4
  %9 = mul nsw i64 %k2, 10
  br label %j

k.end:                                            ; preds = %j.end
  br label %epilogue

j:                                                ; preds = %j, %k
  %j3 = phi i64 [ 0, %k ], [ %j.next, %j ]
  %10 = add nsw i64 0, %j3
  %11 = add nsw i64 %9, %j3
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = load float, float* %12, align 4
  %14 = getelementptr inbounds float, float* %2, i64 %10
  %15 = load float, float* %14, align 4
  %16 = call float @llvm.fmuladd.f32(float %8, float %13, float %15)
  %17 = getelementptr inbounds float, float* %2, i64 %10
  store float %16, float* %17, align 4
  %j.next = add nsw i64 %j3, 1
  %18 = icmp slt i64 %j.next, 10
  br i1 %18, label %j, label %j.end

j.end:                                            ; preds = %j
  %k.next = add nsw i64 %k2, 1
  %19 = icmp slt i64 %k.next, 32
  br i1 %19, label %k, label %k.end

epilogue:                                         ; preds = %epilogue, %k.end
  %epilogue4 = phi i64 [ 0, %k.end ], [ %epilogue.next, %epilogue ]
  %20 = add nsw i64 0, %epilogue4
  %21 = getelementptr inbounds float, float* %2, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* bitcast ([40 x i8]* @"const.dense_1/bias" to float*), i64 %epilogue4
  %24 = load float, float* %23, align 4
  %25 = fadd float %22, %24
  %26 = getelementptr inbounds float, float* %2, i64 %20
  store float %25, float* %26, align 4
  %epilogue.next = add nsw i64 %epilogue4, 1
  %27 = icmp slt i64 %epilogue.next, 10
  br i1 %27, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: noinline nounwind
define internal void @k23_softmax(float* noalias %0, float* noalias %1) #0 {
allocas:
  %max = alloca float, align 4
  %sum = alloca float, align 4
  br label %body

body:                                             ; preds = %allocas
  store float 0xFFF0000000000000, float* %max, align 4
  br label %max1

max1:                                             ; preds = %max1, %body
  %max2 = phi i64 [ 0, %body ], [ %max.next, %max1 ]
  %2 = load float, float* %max, align 4
  %3 = add nsw i64 0, %max2
  %4 = getelementptr inbounds float, float* %0, i64 %3
  %5 = load float, float* %4, align 4
  %6 = fcmp ogt float %2, %5
  %7 = fcmp uno float %2, %2
  %8 = select i1 %6, float %2, float %5
  %9 = select i1 %7, float %2, float %8
  store float %9, float* %max, align 4
  %max.next = add nsw i64 %max2, 1
  %10 = icmp slt i64 %max.next, 10
  br i1 %10, label %max1, label %max.end

max.end:                                          ; preds = %max1
  %11 = load float, float* %max, align 4
  store float 0.000000e+00, float* %sum, align 4
  br label %exp

exp:                                              ; preds = %exp, %max.end
  %exp3 = phi i64 [ 0, %max.end ], [ %exp.next, %exp ]
  %12 = add nsw i64 0, %exp3
  %13 = getelementptr inbounds float, float* %0, i64 %12
  %14 = load float, float* %13, align 4
  %15 = fsub float %14, %11
  %16 = fcmp ogt float %15, -1.040000e+02
  %17 = fcmp olt float %15, 8.900000e+01
  %18 = select i1 %17, float %15, float 8.900000e+01
  %19 = select i1 %16, float %18, float -1.040000e+02
  %20 = fmul float %19, 0x3FF7154760000000
  %21 = call float @llvm.rint.f32(float %20)
  %22 = call float @llvm.fmuladd.f32(float %21, float 0xBFE62E0000000000, float %19)
  %23 = call float @llvm.fmuladd.f32(float %21, float 0xBF00BFBE80000000, float %22)
  %24 = call float @llvm.fmuladd.f32(float 0x3F2A01A020000000, float %23, float 0x3F56C16C20000000)
  %25 = call float @llvm.fmuladd.f32(float %24, float %23, float 0x3F81111120000000)
  %26 = call float @llvm.fmuladd.f32(float %25, float %23, float 0x3FA5555560000000)
  %27 = call float @llvm.fmuladd.f32(float %26, float %23, float 0x3FC5555560000000)
  %28 = call float @llvm.fmuladd.f32(float %27, float %23, float 5.000000e-01)
  %29 = call float @llvm.fmuladd.f32(float %28, float %23, float 1.000000e+00)
  %30 = call float @llvm.fmuladd.f32(float %29, float %23, float 1.000000e+00)
  %31 = fptosi float %21 to i32
  %32 = ashr i32 %31, 1
  %33 = add i32 %32, 127
  %34 = shl i32 %33, 23
  %35 = bitcast i32 %34 to float
  %36 = fmul float %30, %35
  %37 = sub i32 %31, %32
  %38 = add i32 %37, 127
  %39 = shl i32 %38, 23
  %40 = bitcast i32 %39 to float
  %41 = fmul float %36, %40
  %42 = fcmp uno float %15, %15
  %43 = select i1 %42, float %15, float %41
  %44 = getelementptr inbounds float, float* %1, i64 %12
  store float %43, float* %44, align 4
  %45 = load float, float* %sum, align 4
  %46 = fadd float %45, %43
  store float %46, float* %sum, align 4
  %exp.next = add nsw i64 %exp3, 1
  %47 = icmp slt i64 %exp.next, 10
  br i1 %47, label %exp, label %exp.end

exp.end:                                          ; preds = %exp
  %48 = load float, float* %sum, align 4
  %49 = fdiv float 1.000000e+00, %48
  br label %scale

scale:                                            ; preds = %scale, %exp.end
  %scale4 = phi i64 [ 0, %exp.end ], [ %scale.next, %scale ]
  %50 = add nsw i64 0, %scale4
  %51 = getelementptr inbounds float, float* %1, i64 %50
  %52 = load float, float* %51, align 4
  %53 = fmul float %52, %49
  %54 = getelementptr inbounds float, float* %1, i64 %50
  store float %53, float* %54, align 4
  %scale.next = add nsw i64 %scale4, 1
  %55 = icmp slt i64 %scale.next, 10
  br i1 %55, label %scale, label %scale.end

scale.end:                                        ; preds = %scale
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #1

; Function Attrs: nounwind
define void @graph(i8** %0) #2 {
entry:
  %1 = getelementptr inbounds i8*, i8** %0, i64 4
  %arena = load i8*, i8** %1, align 8
  %2 = getelementptr inbounds i8*, i8** %0, i64 5
  %parallel_for = load i8*, i8** %2, align 8
  %3 = getelementptr inbounds i8*, i8** %0, i64 3
  %weights = load i8*, i8** %3, align 8
  %4 = bitcast i8* %weights to i8**
  %5 = getelementptr inbounds i8*, i8** %0, i64 0
  %in.images = load i8*, i8** %5, align 8
  %6 = getelementptr inbounds i8*, i8** %4, i64 0
  %"w.conv1/kernel" = load i8*, i8** %6, align 8
  %"conv1/Relu" = getelementptr inbounds i8, i8* %arena, i64 0
  %pool1 = getelementptr inbounds i8, i8* %arena, i64 18432
  %7 = getelementptr inbounds i8*, i8** %4, i64 1
  %"w.conv2/kernel" = load i8*, i8** %7, align 8
  %"conv2/Relu" = getelementptr inbounds i8, i8* %arena, i64 0
  %pool2 = getelementptr inbounds i8, i8* %arena, i64 4608
  %8 = getelementptr inbounds i8*, i8** %4, i64 2
  %"w.dense/kernel" = load i8*, i8** %8, align 8
  %9 = getelementptr inbounds i8*, i8** %4, i64 3
  %"w.dense/bias" = load i8*, i8** %9, align 8
  %10 = getelementptr inbounds i8*, i8** %0, i64 2
  %"out.dense/Relu" = load i8*, i8** %10, align 8
  %11 = getelementptr inbounds i8*, i8** %4, i64 4
  %"w.dense_1/kernel" = load i8*, i8** %11, align 8
  %logits = getelementptr inbounds i8, i8* %arena, i64 0
  %12 = getelementptr inbounds i8*, i8** %0, i64 1
  %out.softmax = load i8*, i8** %12, align 8
  %13 = bitcast i8* %in.images to float*
  %14 = bitcast i8* %"w.conv1/kernel" to float*
  %15 = bitcast i8* %"conv1/Relu" to float*
  call void @k5_conv1_Relu(float* %13, float* %14, float* %15)
  %16 = bitcast i8* %"conv1/Relu" to float*
  %17 = bitcast i8* %pool1 to float*
  call void @k6_pool1(float* %16, float* %17)
  %18 = bitcast i8* %pool1 to float*
  %19 = bitcast i8* %"w.conv2/kernel" to float*
  %20 = bitcast i8* %"conv2/Relu" to float*
  call void @k11_conv2_Relu(float* %18, float* %19, float* %20)
  %21 = bitcast i8* %"conv2/Relu" to float*
  %22 = bitcast i8* %pool2 to float*
  call void @k12_pool2(float* %21, float* %22)
  %23 = bitcast i8* %pool2 to float*
  %24 = bitcast i8* %"w.dense/kernel" to float*
  %25 = bitcast i8* %"w.dense/bias" to float*
  %26 = bitcast i8* %"out.dense/Relu" to float*
  call void @k18_dense_Relu(float* %23, float* %24, float* %25, float* %26)
  %27 = bitcast i8* %"out.dense/Relu" to float*
  %28 = bitcast i8* %"w.dense_1/kernel" to float*
  %29 = bitcast i8* %logits to float*
  call void @k22_logits(float* %27, float* %28, float* %29)
  %30 = bitcast i8* %logits to float*
  %31 = bitcast i8* %out.softmax to float*
  call void @k23_softmax(float* %30, float* %31)
  ret void
}


!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.vectorize.width", i32 1}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.unroll.count", i32 2}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !3}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !3}
