; ModuleID = 'graph'
source_filename = "graph"

@"const.conv1/bias" = private unnamed_addr constant [32 x i8] c"\F0\D7F\BC\F0\10{=\AC)}\BDOP\CE<\E0^\96\BD\05\0A\C5\BD\DD\CE\92\BD\8A\DC\9F=", align 64
@"const.conv2/bias" = private unnamed_addr constant [32 x i8] c"Y\DEv=\8A\DE\A1<J(\82\BD\14\85X=E^|\BC\E9\EBP=[\AEv\BDf\A6.=", align 64
@"const.dense_1/bias" = private unnamed_addr constant [40 x i8] c"\01\0E\E1\BCv\D0\E7\BCo\1E9=\10\12\B1\BD\D4H\A2\BD3\A23\BD\9A_\BB\BD\0Crh\BD\8Cq?\BC\E1\91\C9<", align 64

; Function Attrs: noinline nounwind
define internal void @k5_conv1_Relu(float* noalias %0, float* noalias %1, float* noalias %2) #0 {
allocas:
  %acc.0.0 = alloca <8 x float>, align 32
  %acc.1.0 = alloca <8 x float>, align 32
  %acc.2.0 = alloca <8 x float>, align 32
  %acc.3.0 = alloca <8 x float>, align 32
  %acc.4.0 = alloca <8 x float>, align 32
  %acc.5.0 = alloca <8 x float>, align 32
  %acc.6.0 = alloca <8 x float>, align 32
  %acc.7.0 = alloca <8 x float>, align 32
  %acc.8.0 = alloca <8 x float>, align 32
  %acc.9.0 = alloca <8 x float>, align 32
  %acc.10.0 = alloca <8 x float>, align 32
  %acc.11.0 = alloca <8 x float>, align 32
  %acc.12.0 = alloca <8 x float>, align 32
  %acc.13.0 = alloca <8 x float>, align 32
  %acc.14.0 = alloca <8 x float>, align 32
  %acc.15.0 = alloca <8 x float>, align 32
  %acc.16.0 = alloca <8 x float>, align 32
  %acc.17.0 = alloca <8 x float>, align 32
  %acc.18.0 = alloca <8 x float>, align 32
  %acc.19.0 = alloca <8 x float>, align 32
  %acc.20.0 = alloca <8 x float>, align 32
  %acc.21.0 = alloca <8 x float>, align 32
  %acc.22.0 = alloca <8 x float>, align 32
  %acc.23.0 = alloca <8 x float>, align 32
  br label %body

body:                                             ; preds = %allocas
  br label %slice

slice:                                            ; preds = %pixel.end, %body
  %slice1 = phi i64 [ 0, %body ], [ %slice.next, %pixel.end ]
  %3 = sdiv i64 %slice1, 1
  %4 = mul nsw i64 %3, 1
  %5 = sub i64 %slice1, %4
  %6 = sdiv i64 %3, 24
  %7 = mul nsw i64 %6, 24
  %8 = sub i64 %3, %7
  %9 = mul nsw i64 %5, 8
  store <8 x float> zeroinitializer, <8 x float>* %acc.0.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.1.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.2.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.3.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.4.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.5.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.6.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.7.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.8.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.9.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.10.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.11.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.12.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.13.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.14.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.15.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.16.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.17.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.18.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.19.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.20.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.21.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.22.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.23.0, align 32
  br label %kh

slice.end:                                        ; preds = %pixel.end
  ret void

kh:                                               ; preds = %ih.ok.end, %slice
  %kh2 = phi i64 [ 0, %slice ], [ %kh.next, %ih.ok.end ]
  %10 = mul nsw i64 %8, 1
  %11 = add i64 %10, 0
  %12 = add nsw i64 %11, %kh2
  %13 = icmp ult i64 %12, 28
  br i1 %13, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %14 = mul nsw i64 %6, 24
  %15 = add nsw i64 %14, %8
  %16 = mul nsw i64 %15, 24
  %17 = add nsw i64 %16, 0
  %18 = add nsw i64 %17, 0
  %19 = mul nsw i64 %18, 8
  %20 = add nsw i64 %19, %9
  %21 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %22 = getelementptr inbounds float, float* %2, i64 %20
  %23 = bitcast float* %22 to <8 x float>*
  store <8 x float> %21, <8 x float>* %23, align 4
  %24 = add nsw i64 %17, 1
  %25 = mul nsw i64 %24, 8
  %26 = add nsw i64 %25, %9
  %27 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %28 = getelementptr inbounds float, float* %2, i64 %26
  %29 = bitcast float* %28 to <8 x float>*
  store <8 x float> %27, <8 x float>* %29, align 4
  %30 = add nsw i64 %17, 2
  %31 = mul nsw i64 %30, 8
  %32 = add nsw i64 %31, %9
  %33 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %34 = getelementptr inbounds float, float* %2, i64 %32
  %35 = bitcast float* %34 to <8 x float>*
  store <8 x float> %33, <8 x float>* %35, align 4
  %36 = add nsw i64 %17, 3
  %37 = mul nsw i64 %36, 8
  %38 = add nsw i64 %37, %9
  %39 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %40 = getelementptr inbounds float, float* %2, i64 %38
  %41 = bitcast float* %40 to <8 x float>*
  store <8 x float> %39, <8 x float>* %41, align 4
  %42 = add nsw i64 %17, 4
  %43 = mul nsw i64 %42, 8
  %44 = add nsw i64 %43, %9
  %45 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %46 = getelementptr inbounds float, float* %2, i64 %44
  %47 = bitcast float* %46 to <8 x float>*
  store <8 x float> %45, <8 x float>* %47, align 4
  %48 = add nsw i64 %17, 5
  %49 = mul nsw i64 %48, 8
  %50 = add nsw i64 %49, %9
  %51 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %52 = getelementptr inbounds float, float* %2, i64 %50
  %53 = bitcast float* %52 to <8 x float>*
  store <8 x float> %51, <8 x float>* %53, align 4
  %54 = add nsw i64 %17, 6
  %55 = mul nsw i64 %54, 8
  %56 = add nsw i64 %55, %9
  %57 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %58 = getelementptr inbounds float, float* %2, i64 %56
  %59 = bitcast float* %58 to <8 x float>*
  store <8 x float> %57, <8 x float>* %59, align 4
  %60 = add nsw i64 %17, 7
  %61 = mul nsw i64 %60, 8
  %62 = add nsw i64 %61, %9
  %63 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %64 = getelementptr inbounds float, float* %2, i64 %62
  %65 = bitcast float* %64 to <8 x float>*
  store <8 x float> %63, <8 x float>* %65, align 4
  %66 = add nsw i64 %17, 8
  %67 = mul nsw i64 %66, 8
  %68 = add nsw i64 %67, %9
  %69 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %70 = getelementptr inbounds float, float* %2, i64 %68
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %69, <8 x float>* %71, align 4
  %72 = add nsw i64 %17, 9
  %73 = mul nsw i64 %72, 8
  %74 = add nsw i64 %73, %9
  %75 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %76 = getelementptr inbounds float, float* %2, i64 %74
  %77 = bitcast float* %76 to <8 x float>*
  store <8 x float> %75, <8 x float>* %77, align 4
  %78 = add nsw i64 %17, 10
  %79 = mul nsw i64 %78, 8
  %80 = add nsw i64 %79, %9
  %81 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %82 = getelementptr inbounds float, float* %2, i64 %80
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add nsw i64 %17, 11
  %85 = mul nsw i64 %84, 8
  %86 = add nsw i64 %85, %9
  %87 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %88 = getelementptr inbounds float, float* %2, i64 %86
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  %90 = add nsw i64 %17, 12
  %91 = mul nsw i64 %90, 8
  %92 = add nsw i64 %91, %9
  %93 = load <8 x float>, <8 x float>* %acc.12.0, align 32
  %94 = getelementptr inbounds float, float* %2, i64 %92
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add nsw i64 %17, 13
  %97 = mul nsw i64 %96, 8
  %98 = add nsw i64 %97, %9
  %99 = load <8 x float>, <8 x float>* %acc.13.0, align 32
  %100 = getelementptr inbounds float, float* %2, i64 %98
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %99, <8 x float>* %101, align 4
  %102 = add nsw i64 %17, 14
  %103 = mul nsw i64 %102, 8
  %104 = add nsw i64 %103, %9
  %105 = load <8 x float>, <8 x float>* %acc.14.0, align 32
  %106 = getelementptr inbounds float, float* %2, i64 %104
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = add nsw i64 %17, 15
  %109 = mul nsw i64 %108, 8
  %110 = add nsw i64 %109, %9
  %111 = load <8 x float>, <8 x float>* %acc.15.0, align 32
  %112 = getelementptr inbounds float, float* %2, i64 %110
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = add nsw i64 %17, 16
  %115 = mul nsw i64 %114, 8
  %116 = add nsw i64 %115, %9
  %117 = load <8 x float>, <8 x float>* %acc.16.0, align 32
  %118 = getelementptr inbounds float, float* %2, i64 %116
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %117, <8 x float>* %119, align 4
  %120 = add nsw i64 %17, 17
  %121 = mul nsw i64 %120, 8
  %122 = add nsw i64 %121, %9
  %123 = load <8 x float>, <8 x float>* %acc.17.0, align 32
  %124 = getelementptr inbounds float, float* %2, i64 %122
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %123, <8 x float>* %125, align 4
  %126 = add nsw i64 %17, 18
  %127 = mul nsw i64 %126, 8
  %128 = add nsw i64 %127, %9
  %129 = load <8 x float>, <8 x float>* %acc.18.0, align 32
  %130 = getelementptr inbounds float, float* %2, i64 %128
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %129, <8 x float>* %131, align 4
  %132 = add nsw i64 %17, 19
  %133 = mul nsw i64 %132, 8
  %134 = add nsw i64 %133, %9
  %135 = load <8 x float>, <8 x float>* %acc.19.0, align 32
  %136 = getelementptr inbounds float, float* %2, i64 %134
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %135, <8 x float>* %137, align 4
  %138 = add nsw i64 %17, 20
  %139 = mul nsw i64 %138, 8
  %140 = add nsw i64 %139, %9
  %141 = load <8 x float>, <8 x float>* %acc.20.0, align 32
  %142 = getelementptr inbounds float, float* %2, i64 %140
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = add nsw i64 %17, 21
  %145 = mul nsw i64 %144, 8
  %146 = add nsw i64 %145, %9
  %147 = load <8 x float>, <8 x float>* %acc.21.0, align 32
  %148 = getelementptr inbounds float, float* %2, i64 %146
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = add nsw i64 %17, 22
  %151 = mul nsw i64 %150, 8
  %152 = add nsw i64 %151, %9
  %153 = load <8 x float>, <8 x float>* %acc.22.0, align 32
  %154 = getelementptr inbounds float, float* %2, i64 %152
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %153, <8 x float>* %155, align 4
  %156 = add nsw i64 %17, 23
  %157 = mul nsw i64 %156, 8
  %158 = add nsw i64 %157, %9
  %159 = load <8 x float>, <8 x float>* %acc.23.0, align 32
  %160 = getelementptr inbounds float, float* %2, i64 %158
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %159, <8 x float>* %161, align 4
  br label %pixel

ih.ok:                                            ; preds = %kh
  %162 = mul nsw i64 %6, 28
  %163 = add nsw i64 %162, %12
  %164 = mul nsw i64 %163, 28
  br label %kw

ih.ok.end:                                        ; preds = %kw.end, %kh
  %kh.next = add nsw i64 %kh2, 1
  %165 = icmp slt i64 %kh.next, 5
  br i1 %165, label %kh, label %kh.end

kw:                                               ; preds = %kw, %ih.ok
  %kw3 = phi i64 [ 0, %ih.ok ], [ %kw.next, %kw ]
  %166 = mul nsw i64 %kh2, 5
  %167 = add nsw i64 %166, %kw3
  %168 = mul nsw i64 %167, 8
  %169 = add nsw i64 %168, %9
  %170 = add nsw i64 0, %kw3
  %171 = add nsw i64 %164, %170
  %172 = mul nsw i64 %171, 1
  %173 = getelementptr inbounds float, float* %0, i64 %172
  %174 = add nsw i64 1, %kw3
  %175 = add nsw i64 %164, %174
  %176 = mul nsw i64 %175, 1
  %177 = getelementptr inbounds float, float* %0, i64 %176
  %178 = add nsw i64 2, %kw3
  %179 = add nsw i64 %164, %178
  %180 = mul nsw i64 %179, 1
  %181 = getelementptr inbounds float, float* %0, i64 %180
  %182 = add nsw i64 3, %kw3
  %183 = add nsw i64 %164, %182
  %184 = mul nsw i64 %183, 1
  %185 = getelementptr inbounds float, float* %0, i64 %184
  %186 = add nsw i64 4, %kw3
  %187 = add nsw i64 %164, %186
  %188 = mul nsw i64 %187, 1
  %189 = getelementptr inbounds float, float* %0, i64 %188
  %190 = add nsw i64 5, %kw3
  %191 = add nsw i64 %164, %190
  %192 = mul nsw i64 %191, 1
  %193 = getelementptr inbounds float, float* %0, i64 %192
  %194 = add nsw i64 6, %kw3
  %195 = add nsw i64 %164, %194
  %196 = mul nsw i64 %195, 1
  %197 = getelementptr inbounds float, float* %0, i64 %196
  %198 = add nsw i64 7, %kw3
  %199 = add nsw i64 %164, %198
  %200 = mul nsw i64 %199, 1
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = add nsw i64 8, %kw3
  %203 = add nsw i64 %164, %202
  %204 = mul nsw i64 %203, 1
  %205 = getelementptr inbounds float, float* %0, i64 %204
  %206 = add nsw i64 9, %kw3
  %207 = add nsw i64 %164, %206
  %208 = mul nsw i64 %207, 1
  %209 = getelementptr inbounds float, float* %0, i64 %208
  %210 = add nsw i64 10, %kw3
  %211 = add nsw i64 %164, %210
  %212 = mul nsw i64 %211, 1
  %213 = getelementptr inbounds float, float* %0, i64 %212
  %214 = add nsw i64 11, %kw3
  %215 = add nsw i64 %164, %214
  %216 = mul nsw i64 %215, 1
  %217 = getelementptr inbounds float, float* %0, i64 %216
  %218 = add nsw i64 12, %kw3
  %219 = add nsw i64 %164, %218
  %220 = mul nsw i64 %219, 1
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = add nsw i64 13, %kw3
  %223 = add nsw i64 %164, %222
  %224 = mul nsw i64 %223, 1
  %225 = getelementptr inbounds float, float* %0, i64 %224
  %226 = add nsw i64 14, %kw3
  %227 = add nsw i64 %164, %226
  %228 = mul nsw i64 %227, 1
  %229 = getelementptr inbounds float, float* %0, i64 %228
  %230 = add nsw i64 15, %kw3
  %231 = add nsw i64 %164, %230
  %232 = mul nsw i64 %231, 1
  %233 = getelementptr inbounds float, float* %0, i64 %232
  %234 = add nsw i64 16, %kw3
  %235 = add nsw i64 %164, %234
  %236 = mul nsw i64 %235, 1
  %237 = getelementptr inbounds float, float* %0, i64 %236
  %238 = add nsw i64 17, %kw3
  %239 = add nsw i64 %164, %238
  %240 = mul nsw i64 %239, 1
  %241 = getelementptr inbounds float, float* %0, i64 %240
  %242 = add nsw i64 18, %kw3
  %243 = add nsw i64 %164, %242
  %244 = mul nsw i64 %243, 1
  %245 = getelementptr inbounds float, float* %0, i64 %244
  %246 = add nsw i64 19, %kw3
  %247 = add nsw i64 %164, %246
  %248 = mul nsw i64 %247, 1
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = add nsw i64 20, %kw3
  %251 = add nsw i64 %164, %250
  %252 = mul nsw i64 %251, 1
  %253 = getelementptr inbounds float, float* %0, i64 %252
  %254 = add nsw i64 21, %kw3
  %255 = add nsw i64 %164, %254
  %256 = mul nsw i64 %255, 1
  %257 = getelementptr inbounds float, float* %0, i64 %256
  %258 = add nsw i64 22, %kw3
  %259 = add nsw i64 %164, %258
  %260 = mul nsw i64 %259, 1
  %261 = getelementptr inbounds float, float* %0, i64 %260
  %262 = add nsw i64 23, %kw3
  %263 = add nsw i64 %164, %262
  %264 = mul nsw i64 %263, 1
  %265 = getelementptr inbounds float, float* %0, i64 %264
  %266 = add nsw i64 %169, 0
  %267 = getelementptr inbounds float, float* %1, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = getelementptr inbounds float, float* %173, i64 0
  %271 = load float, float* %270, align 4
  %272 = insertelement <8 x float> undef, float %271, i64 0
  %273 = shufflevector <8 x float> %272, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %275 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %273, <8 x float> %269, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %acc.0.0, align 32
  %276 = getelementptr inbounds float, float* %177, i64 0
  %277 = load float, float* %276, align 4
  %278 = insertelement <8 x float> undef, float %277, i64 0
  %279 = shufflevector <8 x float> %278, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %281 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %279, <8 x float> %269, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %acc.1.0, align 32
  %282 = getelementptr inbounds float, float* %181, i64 0
  %283 = load float, float* %282, align 4
  %284 = insertelement <8 x float> undef, float %283, i64 0
  %285 = shufflevector <8 x float> %284, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %287 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %285, <8 x float> %269, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %acc.2.0, align 32
  %288 = getelementptr inbounds float, float* %185, i64 0
  %289 = load float, float* %288, align 4
  %290 = insertelement <8 x float> undef, float %289, i64 0
  %291 = shufflevector <8 x float> %290, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %293 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %291, <8 x float> %269, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %acc.3.0, align 32
  %294 = getelementptr inbounds float, float* %189, i64 0
  %295 = load float, float* %294, align 4
  %296 = insertelement <8 x float> undef, float %295, i64 0
  %297 = shufflevector <8 x float> %296, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %299 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %297, <8 x float> %269, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %acc.4.0, align 32
  %300 = getelementptr inbounds float, float* %193, i64 0
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i64 0
  %303 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %305 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %303, <8 x float> %269, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %acc.5.0, align 32
  %306 = getelementptr inbounds float, float* %197, i64 0
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i64 0
  %309 = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %310 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %311 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %309, <8 x float> %269, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %acc.6.0, align 32
  %312 = getelementptr inbounds float, float* %201, i64 0
  %313 = load float, float* %312, align 4
  %314 = insertelement <8 x float> undef, float %313, i64 0
  %315 = shufflevector <8 x float> %314, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %317 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %315, <8 x float> %269, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %acc.7.0, align 32
  %318 = getelementptr inbounds float, float* %205, i64 0
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i64 0
  %321 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %323 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %321, <8 x float> %269, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %acc.8.0, align 32
  %324 = getelementptr inbounds float, float* %209, i64 0
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i64 0
  %327 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %329 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %327, <8 x float> %269, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %acc.9.0, align 32
  %330 = getelementptr inbounds float, float* %213, i64 0
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i64 0
  %333 = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %334 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %335 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %333, <8 x float> %269, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %acc.10.0, align 32
  %336 = getelementptr inbounds float, float* %217, i64 0
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i64 0
  %339 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %341 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %339, <8 x float> %269, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %acc.11.0, align 32
  %342 = getelementptr inbounds float, float* %221, i64 0
  %343 = load float, float* %342, align 4
  %344 = insertelement <8 x float> undef, float %343, i64 0
  %345 = shufflevector <8 x float> %344, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %acc.12.0, align 32
  %347 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %345, <8 x float> %269, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %acc.12.0, align 32
  %348 = getelementptr inbounds float, float* %225, i64 0
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i64 0
  %351 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %acc.13.0, align 32
  %353 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %351, <8 x float> %269, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %acc.13.0, align 32
  %354 = getelementptr inbounds float, float* %229, i64 0
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i64 0
  %357 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %358 = load <8 x float>, <8 x float>* %acc.14.0, align 32
  %359 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %357, <8 x float> %269, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %acc.14.0, align 32
  %360 = getelementptr inbounds float, float* %233, i64 0
  %361 = load float, float* %360, align 4
  %362 = insertelement <8 x float> undef, float %361, i64 0
  %363 = shufflevector <8 x float> %362, <8 x float> undef, <8 x i32> zeroinitializer
  %364 = load <8 x float>, <8 x float>* %acc.15.0, align 32
  %365 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %363, <8 x float> %269, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %acc.15.0, align 32
  %366 = getelementptr inbounds float, float* %237, i64 0
  %367 = load float, float* %366, align 4
  %368 = insertelement <8 x float> undef, float %367, i64 0
  %369 = shufflevector <8 x float> %368, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %acc.16.0, align 32
  %371 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %369, <8 x float> %269, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %acc.16.0, align 32
  %372 = getelementptr inbounds float, float* %241, i64 0
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i64 0
  %375 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %acc.17.0, align 32
  %377 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %375, <8 x float> %269, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %acc.17.0, align 32
  %378 = getelementptr inbounds float, float* %245, i64 0
  %379 = load float, float* %378, align 4
  %380 = insertelement <8 x float> undef, float %379, i64 0
  %381 = shufflevector <8 x float> %380, <8 x float> undef, <8 x i32> zeroinitializer
  %382 = load <8 x float>, <8 x float>* %acc.18.0, align 32
  %383 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %381, <8 x float> %269, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %acc.18.0, align 32
  %384 = getelementptr inbounds float, float* %249, i64 0
  %385 = load float, float* %384, align 4
  %386 = insertelement <8 x float> undef, float %385, i64 0
  %387 = shufflevector <8 x float> %386, <8 x float> undef, <8 x i32> zeroinitializer
  %388 = load <8 x float>, <8 x float>* %acc.19.0, align 32
  %389 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %387, <8 x float> %269, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %acc.19.0, align 32
  %390 = getelementptr inbounds float, float* %253, i64 0
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i64 0
  %393 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %acc.20.0, align 32
  %395 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %393, <8 x float> %269, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %acc.20.0, align 32
  %396 = getelementptr inbounds float, float* %257, i64 0
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i64 0
  %399 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %acc.21.0, align 32
  %401 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %399, <8 x float> %269, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %acc.21.0, align 32
  %402 = getelementptr inbounds float, float* %261, i64 0
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i64 0
  %405 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %acc.22.0, align 32
  %407 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %405, <8 x float> %269, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %acc.22.0, align 32
  %408 = getelementptr inbounds float, float* %265, i64 0
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i64 0
  %411 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %412 = load <8 x float>, <8 x float>* %acc.23.0, align 32
  %413 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %411, <8 x float> %269, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %acc.23.0, align 32
  %kw.next = add nsw i64 %kw3, 1
  %414 = icmp slt i64 %kw.next, 5
  br i1 %414, label %kw, label %kw.end

kw.end:                                           ; preds = %kw
  br label %ih.ok.end

pixel:                                            ; preds = %epilogue.end, %kh.end
  %pixel4 = phi i64 [ 0, %kh.end ], [ %pixel.next, %epilogue.end ]
  %415 = add nsw i64 %17, %pixel4
  %416 = mul nsw i64 %415, 8
  %417 = add nsw i64 %416, %9
  br label %epilogue

pixel.end:                                        ; preds = %epilogue.end
  %slice.next = add nsw i64 %slice1, 1
  %418 = icmp slt i64 %slice.next, 24
  br i1 %418, label %slice, label %slice.end

epilogue:                                         ; preds = %epilogue, %pixel
  %epilogue5 = phi i64 [ 0, %pixel ], [ %epilogue.next, %epilogue ]
  %419 = add nsw i64 %417, %epilogue5
  %420 = add nsw i64 %9, %epilogue5
  %421 = getelementptr inbounds float, float* %2, i64 %419
  %422 = load float, float* %421, align 4
  %423 = sdiv i64 %415, 24
  %424 = urem i64 %423, 24
  %425 = urem i64 %415, 24
  %426 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv1/bias" to float*), i64 %420
  %427 = load float, float* %426, align 4
  %428 = fadd float %422, %427
  %429 = fcmp ole float %428, 0.000000e+00
  %430 = select i1 %429, float 0.000000e+00, float %428
  %431 = getelementptr inbounds float, float* %2, i64 %419
  store float %430, float* %431, align 4
  %epilogue.next = add nsw i64 %epilogue5, 1
  %432 = icmp slt i64 %epilogue.next, 8
  br i1 %432, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  %pixel.next = add nsw i64 %pixel4, 1
  %433 = icmp slt i64 %pixel.next, 24
  br i1 %433, label %pixel, label %pixel.end, !llvm.loop !0
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: noinline nounwind
define internal void @k6_pool1(float* noalias %0, float* noalias %1) #0 {
allocas:
  %acc.0.0 = alloca <8 x float>, align 32
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
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %acc.0.0, align 32
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
  %12 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %13 = getelementptr inbounds float, float* %1, i64 %11
  %14 = bitcast float* %13 to <8 x float>*
  store <8 x float> %12, <8 x float>* %14, align 4
  %ow.next = add nsw i64 %ow2, 1
  %15 = icmp slt i64 %ow.next, 12
  br i1 %15, label %ow, label %ow.end

ih.ok:                                            ; preds = %kh
  br label %kw

ih.ok.end:                                        ; preds = %kw.end, %kh
  %kh.next = add nsw i64 %kh3, 1
  %16 = icmp slt i64 %kh.next, 2
  br i1 %16, label %kh, label %kh.end

kw:                                               ; preds = %iw.ok.end, %ih.ok
  %kw4 = phi i64 [ 0, %ih.ok ], [ %kw.next, %iw.ok.end ]
  %17 = mul nsw i64 %ow2, 2
  %18 = add i64 %17, 0
  %19 = add nsw i64 %18, %kw4
  %20 = icmp ult i64 %19, 24
  br i1 %20, label %iw.ok, label %iw.ok.end

kw.end:                                           ; preds = %iw.ok.end
  br label %ih.ok.end

iw.ok:                                            ; preds = %kw
  %21 = mul nsw i64 %2, 24
  %22 = add nsw i64 %21, %9
  %23 = mul nsw i64 %22, 24
  %24 = add nsw i64 %23, %19
  %25 = mul nsw i64 %24, 8
  %26 = add nsw i64 %25, 0
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %31 = fcmp ogt <8 x float> %30, %29
  %32 = fcmp uno <8 x float> %30, %30
  %33 = select <8 x i1> %31, <8 x float> %30, <8 x float> %29
  %34 = select <8 x i1> %32, <8 x float> %30, <8 x float> %33
  store <8 x float> %34, <8 x float>* %acc.0.0, align 32
  br label %iw.ok.end

iw.ok.end:                                        ; preds = %iw.ok, %kw
  %kw.next = add nsw i64 %kw4, 1
  %35 = icmp slt i64 %kw.next, 2
  br i1 %35, label %kw, label %kw.end
}

; Function Attrs: noinline nounwind
define internal void @k11_conv2_Relu(float* noalias %0, float* noalias %1, float* noalias %2) #0 {
allocas:
  %acc.0.0 = alloca <8 x float>, align 32
  %acc.1.0 = alloca <8 x float>, align 32
  %acc.2.0 = alloca <8 x float>, align 32
  %acc.3.0 = alloca <8 x float>, align 32
  %acc.4.0 = alloca <8 x float>, align 32
  %acc.5.0 = alloca <8 x float>, align 32
  %acc.6.0 = alloca <8 x float>, align 32
  %acc.7.0 = alloca <8 x float>, align 32
  %acc.8.0 = alloca <8 x float>, align 32
  %acc.9.0 = alloca <8 x float>, align 32
  %acc.10.0 = alloca <8 x float>, align 32
  %acc.11.0 = alloca <8 x float>, align 32
  br label %body

body:                                             ; preds = %allocas
  br label %slice

slice:                                            ; preds = %pixel.end, %body
  %slice1 = phi i64 [ 0, %body ], [ %slice.next, %pixel.end ]
  %3 = sdiv i64 %slice1, 1
  %4 = mul nsw i64 %3, 1
  %5 = sub i64 %slice1, %4
  %6 = sdiv i64 %3, 12
  %7 = mul nsw i64 %6, 12
  %8 = sub i64 %3, %7
  %9 = mul nsw i64 %5, 8
  store <8 x float> zeroinitializer, <8 x float>* %acc.0.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.1.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.2.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.3.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.4.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.5.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.6.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.7.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.8.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.9.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.10.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.11.0, align 32
  br label %kh

slice.end:                                        ; preds = %pixel.end
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
  %21 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %22 = getelementptr inbounds float, float* %2, i64 %20
  %23 = bitcast float* %22 to <8 x float>*
  store <8 x float> %21, <8 x float>* %23, align 4
  %24 = add nsw i64 %17, 1
  %25 = mul nsw i64 %24, 8
  %26 = add nsw i64 %25, %9
  %27 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %28 = getelementptr inbounds float, float* %2, i64 %26
  %29 = bitcast float* %28 to <8 x float>*
  store <8 x float> %27, <8 x float>* %29, align 4
  %30 = add nsw i64 %17, 2
  %31 = mul nsw i64 %30, 8
  %32 = add nsw i64 %31, %9
  %33 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %34 = getelementptr inbounds float, float* %2, i64 %32
  %35 = bitcast float* %34 to <8 x float>*
  store <8 x float> %33, <8 x float>* %35, align 4
  %36 = add nsw i64 %17, 3
  %37 = mul nsw i64 %36, 8
  %38 = add nsw i64 %37, %9
  %39 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %40 = getelementptr inbounds float, float* %2, i64 %38
  %41 = bitcast float* %40 to <8 x float>*
  store <8 x float> %39, <8 x float>* %41, align 4
  %42 = add nsw i64 %17, 4
  %43 = mul nsw i64 %42, 8
  %44 = add nsw i64 %43, %9
  %45 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %46 = getelementptr inbounds float, float* %2, i64 %44
  %47 = bitcast float* %46 to <8 x float>*
  store <8 x float> %45, <8 x float>* %47, align 4
  %48 = add nsw i64 %17, 5
  %49 = mul nsw i64 %48, 8
  %50 = add nsw i64 %49, %9
  %51 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %52 = getelementptr inbounds float, float* %2, i64 %50
  %53 = bitcast float* %52 to <8 x float>*
  store <8 x float> %51, <8 x float>* %53, align 4
  %54 = add nsw i64 %17, 6
  %55 = mul nsw i64 %54, 8
  %56 = add nsw i64 %55, %9
  %57 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %58 = getelementptr inbounds float, float* %2, i64 %56
  %59 = bitcast float* %58 to <8 x float>*
  store <8 x float> %57, <8 x float>* %59, align 4
  %60 = add nsw i64 %17, 7
  %61 = mul nsw i64 %60, 8
  %62 = add nsw i64 %61, %9
  %63 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %64 = getelementptr inbounds float, float* %2, i64 %62
  %65 = bitcast float* %64 to <8 x float>*
  store <8 x float> %63, <8 x float>* %65, align 4
  %66 = add nsw i64 %17, 8
  %67 = mul nsw i64 %66, 8
  %68 = add nsw i64 %67, %9
  %69 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %70 = getelementptr inbounds float, float* %2, i64 %68
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %69, <8 x float>* %71, align 4
  %72 = add nsw i64 %17, 9
  %73 = mul nsw i64 %72, 8
  %74 = add nsw i64 %73, %9
  %75 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %76 = getelementptr inbounds float, float* %2, i64 %74
  %77 = bitcast float* %76 to <8 x float>*
  store <8 x float> %75, <8 x float>* %77, align 4
  %78 = add nsw i64 %17, 10
  %79 = mul nsw i64 %78, 8
  %80 = add nsw i64 %79, %9
  %81 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %82 = getelementptr inbounds float, float* %2, i64 %80
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add nsw i64 %17, 11
  %85 = mul nsw i64 %84, 8
  %86 = add nsw i64 %85, %9
  %87 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %88 = getelementptr inbounds float, float* %2, i64 %86
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %87, <8 x float>* %89, align 4
  br label %pixel

ih.ok:                                            ; preds = %kh
  %90 = mul nsw i64 %6, 12
  %91 = add nsw i64 %90, %12
  %92 = mul nsw i64 %91, 12
  %93 = mul nsw i64 %kh2, 3
  %94 = add nsw i64 %93, 0
  %95 = mul nsw i64 %94, 64
  %96 = add nsw i64 %95, %9
  %97 = add nsw i64 %92, 0
  %98 = mul nsw i64 %97, 8
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = add nsw i64 %92, 1
  %101 = mul nsw i64 %100, 8
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = add nsw i64 %92, 2
  %104 = mul nsw i64 %103, 8
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = add nsw i64 %92, 3
  %107 = mul nsw i64 %106, 8
  %108 = getelementptr inbounds float, float* %0, i64 %107
  %109 = add nsw i64 %92, 4
  %110 = mul nsw i64 %109, 8
  %111 = getelementptr inbounds float, float* %0, i64 %110
  %112 = add nsw i64 %92, 5
  %113 = mul nsw i64 %112, 8
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = add nsw i64 %92, 6
  %116 = mul nsw i64 %115, 8
  %117 = getelementptr inbounds float, float* %0, i64 %116
  %118 = add nsw i64 %92, 7
  %119 = mul nsw i64 %118, 8
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = add nsw i64 %92, 8
  %122 = mul nsw i64 %121, 8
  %123 = getelementptr inbounds float, float* %0, i64 %122
  %124 = add nsw i64 %92, 9
  %125 = mul nsw i64 %124, 8
  %126 = getelementptr inbounds float, float* %0, i64 %125
  %127 = add nsw i64 %92, 10
  %128 = mul nsw i64 %127, 8
  %129 = getelementptr inbounds float, float* %0, i64 %128
  br label %c

ih.ok.end:                                        ; preds = %c.end9, %kh
  %kh.next = add nsw i64 %kh2, 1
  %130 = icmp slt i64 %kh.next, 3
  br i1 %130, label %kh, label %kh.end

c:                                                ; preds = %c, %ih.ok
  %c3 = phi i64 [ 0, %ih.ok ], [ %c.next, %c ]
  %131 = mul nsw i64 %c3, 8
  %132 = add nsw i64 %96, %131
  %133 = getelementptr inbounds float, float* %1, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = getelementptr inbounds float, float* %99, i64 %c3
  %137 = load float, float* %136, align 4
  %138 = insertelement <8 x float> undef, float %137, i64 0
  %139 = shufflevector <8 x float> %138, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %141 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %139, <8 x float> %135, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %acc.1.0, align 32
  %142 = getelementptr inbounds float, float* %102, i64 %c3
  %143 = load float, float* %142, align 4
  %144 = insertelement <8 x float> undef, float %143, i64 0
  %145 = shufflevector <8 x float> %144, <8 x float> undef, <8 x i32> zeroinitializer
  %146 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %147 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %145, <8 x float> %135, <8 x float> %146)
  store <8 x float> %147, <8 x float>* %acc.2.0, align 32
  %148 = getelementptr inbounds float, float* %105, i64 %c3
  %149 = load float, float* %148, align 4
  %150 = insertelement <8 x float> undef, float %149, i64 0
  %151 = shufflevector <8 x float> %150, <8 x float> undef, <8 x i32> zeroinitializer
  %152 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %153 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %151, <8 x float> %135, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %acc.3.0, align 32
  %154 = getelementptr inbounds float, float* %108, i64 %c3
  %155 = load float, float* %154, align 4
  %156 = insertelement <8 x float> undef, float %155, i64 0
  %157 = shufflevector <8 x float> %156, <8 x float> undef, <8 x i32> zeroinitializer
  %158 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %159 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %157, <8 x float> %135, <8 x float> %158)
  store <8 x float> %159, <8 x float>* %acc.4.0, align 32
  %160 = getelementptr inbounds float, float* %111, i64 %c3
  %161 = load float, float* %160, align 4
  %162 = insertelement <8 x float> undef, float %161, i64 0
  %163 = shufflevector <8 x float> %162, <8 x float> undef, <8 x i32> zeroinitializer
  %164 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %165 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %163, <8 x float> %135, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %acc.5.0, align 32
  %166 = getelementptr inbounds float, float* %114, i64 %c3
  %167 = load float, float* %166, align 4
  %168 = insertelement <8 x float> undef, float %167, i64 0
  %169 = shufflevector <8 x float> %168, <8 x float> undef, <8 x i32> zeroinitializer
  %170 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %171 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %169, <8 x float> %135, <8 x float> %170)
  store <8 x float> %171, <8 x float>* %acc.6.0, align 32
  %172 = getelementptr inbounds float, float* %117, i64 %c3
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i64 0
  %175 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %177 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %175, <8 x float> %135, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %acc.7.0, align 32
  %178 = getelementptr inbounds float, float* %120, i64 %c3
  %179 = load float, float* %178, align 4
  %180 = insertelement <8 x float> undef, float %179, i64 0
  %181 = shufflevector <8 x float> %180, <8 x float> undef, <8 x i32> zeroinitializer
  %182 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %183 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %181, <8 x float> %135, <8 x float> %182)
  store <8 x float> %183, <8 x float>* %acc.8.0, align 32
  %184 = getelementptr inbounds float, float* %123, i64 %c3
  %185 = load float, float* %184, align 4
  %186 = insertelement <8 x float> undef, float %185, i64 0
  %187 = shufflevector <8 x float> %186, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %189 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %187, <8 x float> %135, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %acc.9.0, align 32
  %190 = getelementptr inbounds float, float* %126, i64 %c3
  %191 = load float, float* %190, align 4
  %192 = insertelement <8 x float> undef, float %191, i64 0
  %193 = shufflevector <8 x float> %192, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %195 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %193, <8 x float> %135, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %acc.10.0, align 32
  %196 = getelementptr inbounds float, float* %129, i64 %c3
  %197 = load float, float* %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i64 0
  %199 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %201 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %199, <8 x float> %135, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %acc.11.0, align 32
  %c.next = add nsw i64 %c3, 1
  %202 = icmp slt i64 %c.next, 8
  br i1 %202, label %c, label %c.end

c.end:                                            ; preds = %c
  %203 = mul nsw i64 %kh2, 3
  %204 = add nsw i64 %203, 1
  %205 = mul nsw i64 %204, 64
  %206 = add nsw i64 %205, %9
  %207 = add nsw i64 %92, 0
  %208 = mul nsw i64 %207, 8
  %209 = getelementptr inbounds float, float* %0, i64 %208
  %210 = add nsw i64 %92, 1
  %211 = mul nsw i64 %210, 8
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = add nsw i64 %92, 2
  %214 = mul nsw i64 %213, 8
  %215 = getelementptr inbounds float, float* %0, i64 %214
  %216 = add nsw i64 %92, 3
  %217 = mul nsw i64 %216, 8
  %218 = getelementptr inbounds float, float* %0, i64 %217
  %219 = add nsw i64 %92, 4
  %220 = mul nsw i64 %219, 8
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = add nsw i64 %92, 5
  %223 = mul nsw i64 %222, 8
  %224 = getelementptr inbounds float, float* %0, i64 %223
  %225 = add nsw i64 %92, 6
  %226 = mul nsw i64 %225, 8
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = add nsw i64 %92, 7
  %229 = mul nsw i64 %228, 8
  %230 = getelementptr inbounds float, float* %0, i64 %229
  %231 = add nsw i64 %92, 8
  %232 = mul nsw i64 %231, 8
  %233 = getelementptr inbounds float, float* %0, i64 %232
  %234 = add nsw i64 %92, 9
  %235 = mul nsw i64 %234, 8
  %236 = getelementptr inbounds float, float* %0, i64 %235
  %237 = add nsw i64 %92, 10
  %238 = mul nsw i64 %237, 8
  %239 = getelementptr inbounds float, float* %0, i64 %238
  %240 = add nsw i64 %92, 11
  %241 = mul nsw i64 %240, 8
  %242 = getelementptr inbounds float, float* %0, i64 %241
  br label %c4

c4:                                               ; preds = %c4, %c.end
  %c6 = phi i64 [ 0, %c.end ], [ %c.next7, %c4 ]
  %243 = mul nsw i64 %c6, 8
  %244 = add nsw i64 %206, %243
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = getelementptr inbounds float, float* %209, i64 %c6
  %249 = load float, float* %248, align 4
  %250 = insertelement <8 x float> undef, float %249, i64 0
  %251 = shufflevector <8 x float> %250, <8 x float> undef, <8 x i32> zeroinitializer
  %252 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %253 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %251, <8 x float> %247, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %acc.0.0, align 32
  %254 = getelementptr inbounds float, float* %212, i64 %c6
  %255 = load float, float* %254, align 4
  %256 = insertelement <8 x float> undef, float %255, i64 0
  %257 = shufflevector <8 x float> %256, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %259 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %257, <8 x float> %247, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %acc.1.0, align 32
  %260 = getelementptr inbounds float, float* %215, i64 %c6
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i64 0
  %263 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %264 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %265 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %263, <8 x float> %247, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %acc.2.0, align 32
  %266 = getelementptr inbounds float, float* %218, i64 %c6
  %267 = load float, float* %266, align 4
  %268 = insertelement <8 x float> undef, float %267, i64 0
  %269 = shufflevector <8 x float> %268, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %271 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %269, <8 x float> %247, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %acc.3.0, align 32
  %272 = getelementptr inbounds float, float* %221, i64 %c6
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i64 0
  %275 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %277 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %275, <8 x float> %247, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %acc.4.0, align 32
  %278 = getelementptr inbounds float, float* %224, i64 %c6
  %279 = load float, float* %278, align 4
  %280 = insertelement <8 x float> undef, float %279, i64 0
  %281 = shufflevector <8 x float> %280, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %283 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %281, <8 x float> %247, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %acc.5.0, align 32
  %284 = getelementptr inbounds float, float* %227, i64 %c6
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i64 0
  %287 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %288 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %289 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %287, <8 x float> %247, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %acc.6.0, align 32
  %290 = getelementptr inbounds float, float* %230, i64 %c6
  %291 = load float, float* %290, align 4
  %292 = insertelement <8 x float> undef, float %291, i64 0
  %293 = shufflevector <8 x float> %292, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %295 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %293, <8 x float> %247, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %acc.7.0, align 32
  %296 = getelementptr inbounds float, float* %233, i64 %c6
  %297 = load float, float* %296, align 4
  %298 = insertelement <8 x float> undef, float %297, i64 0
  %299 = shufflevector <8 x float> %298, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %301 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %299, <8 x float> %247, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %acc.8.0, align 32
  %302 = getelementptr inbounds float, float* %236, i64 %c6
  %303 = load float, float* %302, align 4
  %304 = insertelement <8 x float> undef, float %303, i64 0
  %305 = shufflevector <8 x float> %304, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %307 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %305, <8 x float> %247, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %acc.9.0, align 32
  %308 = getelementptr inbounds float, float* %239, i64 %c6
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i64 0
  %311 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %313 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %311, <8 x float> %247, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %acc.10.0, align 32
  %314 = getelementptr inbounds float, float* %242, i64 %c6
  %315 = load float, float* %314, align 4
  %316 = insertelement <8 x float> undef, float %315, i64 0
  %317 = shufflevector <8 x float> %316, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %319 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %317, <8 x float> %247, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %acc.11.0, align 32
  %c.next7 = add nsw i64 %c6, 1
  %320 = icmp slt i64 %c.next7, 8
  br i1 %320, label %c4, label %c.end5

c.end5:                                           ; preds = %c4
  %321 = mul nsw i64 %kh2, 3
  %322 = add nsw i64 %321, 2
  %323 = mul nsw i64 %322, 64
  %324 = add nsw i64 %323, %9
  %325 = add nsw i64 %92, 1
  %326 = mul nsw i64 %325, 8
  %327 = getelementptr inbounds float, float* %0, i64 %326
  %328 = add nsw i64 %92, 2
  %329 = mul nsw i64 %328, 8
  %330 = getelementptr inbounds float, float* %0, i64 %329
  %331 = add nsw i64 %92, 3
  %332 = mul nsw i64 %331, 8
  %333 = getelementptr inbounds float, float* %0, i64 %332
  %334 = add nsw i64 %92, 4
  %335 = mul nsw i64 %334, 8
  %336 = getelementptr inbounds float, float* %0, i64 %335
  %337 = add nsw i64 %92, 5
  %338 = mul nsw i64 %337, 8
  %339 = getelementptr inbounds float, float* %0, i64 %338
  %340 = add nsw i64 %92, 6
  %341 = mul nsw i64 %340, 8
  %342 = getelementptr inbounds float, float* %0, i64 %341
  %343 = add nsw i64 %92, 7
  %344 = mul nsw i64 %343, 8
  %345 = getelementptr inbounds float, float* %0, i64 %344
  %346 = add nsw i64 %92, 8
  %347 = mul nsw i64 %346, 8
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = add nsw i64 %92, 9
  %350 = mul nsw i64 %349, 8
  %351 = getelementptr inbounds float, float* %0, i64 %350
  %352 = add nsw i64 %92, 10
  %353 = mul nsw i64 %352, 8
  %354 = getelementptr inbounds float, float* %0, i64 %353
  %355 = add nsw i64 %92, 11
  %356 = mul nsw i64 %355, 8
  %357 = getelementptr inbounds float, float* %0, i64 %356
  br label %c8

c8:                                               ; preds = %c8, %c.end5
  %c10 = phi i64 [ 0, %c.end5 ], [ %c.next11, %c8 ]
  %358 = mul nsw i64 %c10, 8
  %359 = add nsw i64 %324, %358
  %360 = getelementptr inbounds float, float* %1, i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  %362 = load <8 x float>, <8 x float>* %361, align 4
  %363 = getelementptr inbounds float, float* %327, i64 %c10
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i64 0
  %366 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %368 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %366, <8 x float> %362, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %acc.0.0, align 32
  %369 = getelementptr inbounds float, float* %330, i64 %c10
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i64 0
  %372 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %373 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %374 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %372, <8 x float> %362, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %acc.1.0, align 32
  %375 = getelementptr inbounds float, float* %333, i64 %c10
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i64 0
  %378 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %379 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %380 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %378, <8 x float> %362, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %acc.2.0, align 32
  %381 = getelementptr inbounds float, float* %336, i64 %c10
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i64 0
  %384 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %385 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %386 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %384, <8 x float> %362, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %acc.3.0, align 32
  %387 = getelementptr inbounds float, float* %339, i64 %c10
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i64 0
  %390 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %392 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %390, <8 x float> %362, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %acc.4.0, align 32
  %393 = getelementptr inbounds float, float* %342, i64 %c10
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i64 0
  %396 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %397 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %398 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %396, <8 x float> %362, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %acc.5.0, align 32
  %399 = getelementptr inbounds float, float* %345, i64 %c10
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i64 0
  %402 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %403 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %404 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %402, <8 x float> %362, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %acc.6.0, align 32
  %405 = getelementptr inbounds float, float* %348, i64 %c10
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i64 0
  %408 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %409 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %410 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %408, <8 x float> %362, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %acc.7.0, align 32
  %411 = getelementptr inbounds float, float* %351, i64 %c10
  %412 = load float, float* %411, align 4
  %413 = insertelement <8 x float> undef, float %412, i64 0
  %414 = shufflevector <8 x float> %413, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %416 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %414, <8 x float> %362, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %acc.8.0, align 32
  %417 = getelementptr inbounds float, float* %354, i64 %c10
  %418 = load float, float* %417, align 4
  %419 = insertelement <8 x float> undef, float %418, i64 0
  %420 = shufflevector <8 x float> %419, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %422 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %420, <8 x float> %362, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %acc.9.0, align 32
  %423 = getelementptr inbounds float, float* %357, i64 %c10
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i64 0
  %426 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %427 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %428 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %426, <8 x float> %362, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %acc.10.0, align 32
  %c.next11 = add nsw i64 %c10, 1
  %429 = icmp slt i64 %c.next11, 8
  br i1 %429, label %c8, label %c.end9

c.end9:                                           ; preds = %c8
  br label %ih.ok.end

pixel:                                            ; preds = %epilogue.end, %kh.end
  %pixel12 = phi i64 [ 0, %kh.end ], [ %pixel.next, %epilogue.end ]
  %430 = add nsw i64 %17, %pixel12
  %431 = mul nsw i64 %430, 8
  %432 = add nsw i64 %431, %9
  br label %epilogue

pixel.end:                                        ; preds = %epilogue.end
  %slice.next = add nsw i64 %slice1, 1
  %433 = icmp slt i64 %slice.next, 12
  br i1 %433, label %slice, label %slice.end

epilogue:                                         ; preds = %epilogue, %pixel
  %epilogue13 = phi i64 [ 0, %pixel ], [ %epilogue.next, %epilogue ]
  %434 = add nsw i64 %432, %epilogue13
  %435 = add nsw i64 %9, %epilogue13
  %436 = getelementptr inbounds float, float* %2, i64 %434
  %437 = load float, float* %436, align 4
  %438 = sdiv i64 %430, 12
  %439 = urem i64 %438, 12
  %440 = urem i64 %430, 12
  %441 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv2/bias" to float*), i64 %435
  %442 = load float, float* %441, align 4
  %443 = fadd float %437, %442
  %444 = fcmp ole float %443, 0.000000e+00
  %445 = select i1 %444, float 0.000000e+00, float %443
  %446 = getelementptr inbounds float, float* %2, i64 %434
  store float %445, float* %446, align 4
  %epilogue.next = add nsw i64 %epilogue13, 1
  %447 = icmp slt i64 %epilogue.next, 8
  br i1 %447, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  %pixel.next = add nsw i64 %pixel12, 1
  %448 = icmp slt i64 %pixel.next, 12
  br i1 %448, label %pixel, label %pixel.end, !llvm.loop !2
}

; Function Attrs: noinline nounwind
define internal void @k12_pool2(float* noalias %0, float* noalias %1) #0 {
allocas:
  %acc.0.0 = alloca <8 x float>, align 32
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
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %acc.0.0, align 32
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
  %12 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %13 = getelementptr inbounds float, float* %1, i64 %11
  %14 = bitcast float* %13 to <8 x float>*
  store <8 x float> %12, <8 x float>* %14, align 4
  %ow.next = add nsw i64 %ow2, 1
  %15 = icmp slt i64 %ow.next, 6
  br i1 %15, label %ow, label %ow.end

ih.ok:                                            ; preds = %kh
  br label %kw

ih.ok.end:                                        ; preds = %kw.end, %kh
  %kh.next = add nsw i64 %kh3, 1
  %16 = icmp slt i64 %kh.next, 2
  br i1 %16, label %kh, label %kh.end

kw:                                               ; preds = %iw.ok.end, %ih.ok
  %kw4 = phi i64 [ 0, %ih.ok ], [ %kw.next, %iw.ok.end ]
  %17 = mul nsw i64 %ow2, 2
  %18 = add i64 %17, 0
  %19 = add nsw i64 %18, %kw4
  %20 = icmp ult i64 %19, 12
  br i1 %20, label %iw.ok, label %iw.ok.end

kw.end:                                           ; preds = %iw.ok.end
  br label %ih.ok.end

iw.ok:                                            ; preds = %kw
  %21 = mul nsw i64 %2, 12
  %22 = add nsw i64 %21, %9
  %23 = mul nsw i64 %22, 12
  %24 = add nsw i64 %23, %19
  %25 = mul nsw i64 %24, 8
  %26 = add nsw i64 %25, 0
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %31 = fcmp ogt <8 x float> %30, %29
  %32 = fcmp uno <8 x float> %30, %30
  %33 = select <8 x i1> %31, <8 x float> %30, <8 x float> %29
  %34 = select <8 x i1> %32, <8 x float> %30, <8 x float> %33
  store <8 x float> %34, <8 x float>* %acc.0.0, align 32
  br label %iw.ok.end

iw.ok.end:                                        ; preds = %iw.ok, %kw
  %kw.next = add nsw i64 %kw4, 1
  %35 = icmp slt i64 %kw.next, 2
  br i1 %35, label %kw, label %kw.end
}

; Function Attrs: noinline nounwind
define internal void @k18_dense_Relu(float* noalias %0, float* noalias %1, float* noalias %2, float* noalias %3) #0 {
allocas:
  %acc.0.0 = alloca <16 x float>, align 64
  %acc.0.1 = alloca <16 x float>, align 64
  br label %body

body:                                             ; preds = %allocas
  store <16 x float> zeroinitializer, <16 x float>* %acc.0.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %acc.0.1, align 64
  br label %k

k:                                                ; preds = %k, %body
  %k1 = phi i64 [ 0, %body ], [ %k.next, %k ]
  %4 = mul nsw i64 %k1, 32
  %5 = add nsw i64 %4, 0
  %6 = getelementptr inbounds float, float* %1, i64 %5
  %7 = bitcast float* %6 to <16 x float>*
  %8 = load <16 x float>, <16 x float>* %7, align 4
  %9 = add nsw i64 %5, 16
  %10 = getelementptr inbounds float, float* %1, i64 %9
  %11 = bitcast float* %10 to <16 x float>*
  %12 = load <16 x float>, <16 x float>* %11, align 4
  %13 = add nsw i64 0, %k1
  %14 = getelementptr inbounds float, float* %0, i64 %13
  %15 = load float, float* %14, align 4
  %16 = insertelement <16 x float> undef, float %15, i64 0
  %17 = shufflevector <16 x float> %16, <16 x float> undef, <16 x i32> zeroinitializer
  %18 = load <16 x float>, <16 x float>* %acc.0.0, align 64
  %19 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %17, <16 x float> %8, <16 x float> %18)
  store <16 x float> %19, <16 x float>* %acc.0.0, align 64
  %20 = load <16 x float>, <16 x float>* %acc.0.1, align 64
  %21 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %17, <16 x float> %12, <16 x float> %20)
  store <16 x float> %21, <16 x float>* %acc.0.1, align 64
  %k.next = add nsw i64 %k1, 1
  %22 = icmp slt i64 %k.next, 288
  br i1 %22, label %k, label %k.end

k.end:                                            ; preds = %k
  %23 = load <16 x float>, <16 x float>* %acc.0.0, align 64
  %24 = getelementptr inbounds float, float* %3, i64 0
  %25 = bitcast float* %24 to <16 x float>*
  store <16 x float> %23, <16 x float>* %25, align 4
  %26 = load <16 x float>, <16 x float>* %acc.0.1, align 64
  %27 = getelementptr inbounds float, float* %3, i64 16
  %28 = bitcast float* %27 to <16 x float>*
  store <16 x float> %26, <16 x float>* %28, align 4
  br label %epilogue

epilogue:                                         ; preds = %epilogue, %k.end
  %epilogue2 = phi i64 [ 0, %k.end ], [ %epilogue.next, %epilogue ]
  %29 = add nsw i64 0, %epilogue2
  %30 = getelementptr inbounds float, float* %3, i64 %29
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %2, i64 %epilogue2
  %33 = load float, float* %32, align 4
  %34 = fadd float %31, %33
  %35 = fcmp ole float %34, 0.000000e+00
  %36 = select i1 %35, float 0.000000e+00, float %34
  %37 = getelementptr inbounds float, float* %3, i64 %29
  store float %36, float* %37, align 4
  %epilogue.next = add nsw i64 %epilogue2, 1
  %38 = icmp slt i64 %epilogue.next, 32
  br i1 %38, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

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
!1 = !{!"llvm.loop.vectorize.width", i32 1}
!2 = distinct !{!2, !1}
