// Written by scripts/onnx/make_op_fixtures.py: one test per folder of Tests/Fixtures/onnx/ops.
// Do not edit; run the script after changing its cases.

extension ONNXOpFixtureTests {
    func test_abs() throws { try check("abs") }
    func test_abs_int64() throws { try check("abs_int64") }
    func test_add_broadcast() throws { try check("add_broadcast") }
    func test_add_int64() throws { try check("add_int64") }
    func test_add_opset6_broadcast_axis1() throws { try check("add_opset6_broadcast_axis1") }
    func test_add_opset6_broadcast_trailing() throws { try check("add_opset6_broadcast_trailing") }
    func test_add_opset6_same_shape() throws { try check("add_opset6_same_shape") }
    func test_avgpool_1d() throws { try check("avgpool_1d") }
    func test_avgpool_asymmetric_pads_include() throws { try check("avgpool_asymmetric_pads_include") }
    func test_avgpool_auto_pad_same_lower() throws { try check("avgpool_auto_pad_same_lower") }
    func test_avgpool_auto_pad_same_lower_include_pad() throws { try check("avgpool_auto_pad_same_lower_include_pad") }
    func test_avgpool_auto_pad_same_upper() throws { try check("avgpool_auto_pad_same_upper") }
    func test_avgpool_auto_pad_same_upper_include_pad() throws { try check("avgpool_auto_pad_same_upper_include_pad") }
    func test_avgpool_basic() throws { try check("avgpool_basic") }
    func test_avgpool_ceil_mode() throws { try check("avgpool_ceil_mode") }
    func test_avgpool_ceil_mode_exclude_pad() throws { try check("avgpool_ceil_mode_exclude_pad") }
    func test_avgpool_ceil_mode_include_pad() throws { try check("avgpool_ceil_mode_include_pad") }
    func test_avgpool_dilations() throws { try check("avgpool_dilations") }
    func test_avgpool_opset7() throws { try check("avgpool_opset7") }
    func test_avgpool_pads_count_include_pad() throws { try check("avgpool_pads_count_include_pad") }
    func test_avgpool_pads_exclude_pad() throws { try check("avgpool_pads_exclude_pad") }
    func test_batchnorm_opset14() throws { try check("batchnorm_opset14") }
    func test_batchnorm_opset15() throws { try check("batchnorm_opset15") }
    func test_batchnorm_opset6_is_test() throws { try check("batchnorm_opset6_is_test") }
    func test_batchnorm_opset7_spatial() throws { try check("batchnorm_opset7_spatial") }
    func test_batchnorm_opset9() throws { try check("batchnorm_opset9") }
    func test_batchnorm_rank2() throws { try check("batchnorm_rank2") }
    func test_batchnorm_rank3() throws { try check("batchnorm_rank3") }
    func test_cast_bool_to_float() throws { try check("cast_bool_to_float") }
    func test_cast_float_to_bool() throws { try check("cast_float_to_bool") }
    func test_cast_float_to_double() throws { try check("cast_float_to_double") }
    func test_cast_float_to_float() throws { try check("cast_float_to_float") }
    func test_cast_float_to_int32() throws { try check("cast_float_to_int32") }
    func test_cast_float_to_int64() throws { try check("cast_float_to_int64") }
    func test_cast_int64_to_float() throws { try check("cast_int64_to_float") }
    func test_cast_opset19_saturate() throws { try check("cast_opset19_saturate") }
    func test_cast_opset6() throws { try check("cast_opset6") }
    func test_clip_int32() throws { try check("clip_int32") }
    func test_clip_opset11() throws { try check("clip_opset11") }
    func test_clip_opset12_only_min() throws { try check("clip_opset12_only_min") }
    func test_clip_opset13_input_bounds() throws { try check("clip_opset13_input_bounds") }
    func test_clip_opset13_none() throws { try check("clip_opset13_none") }
    func test_clip_opset13_only_max() throws { try check("clip_opset13_only_max") }
    func test_clip_opset6() throws { try check("clip_opset6") }
    func test_clip_opset6_default() throws { try check("clip_opset6_default") }
    func test_clip_opset6_only_max() throws { try check("clip_opset6_only_max") }
    func test_concat_int64() throws { try check("concat_int64") }
    func test_concat_negative_axis() throws { try check("concat_negative_axis") }
    func test_concat_opset4_axis0() throws { try check("concat_opset4_axis0") }
    func test_constant_opset9() throws { try check("constant_opset9") }
    func test_constant_value() throws { try check("constant_value") }
    func test_constant_value_float() throws { try check("constant_value_float") }
    func test_constant_value_floats() throws { try check("constant_value_floats") }
    func test_constant_value_int() throws { try check("constant_value_int") }
    func test_constant_value_ints() throws { try check("constant_value_ints") }
    func test_constantofshape_computed() throws { try check("constantofshape_computed") }
    func test_constantofshape_default() throws { try check("constantofshape_default") }
    func test_constantofshape_float() throws { try check("constantofshape_float") }
    func test_constantofshape_int64() throws { try check("constantofshape_int64") }
    func test_conv_1d() throws { try check("conv_1d") }
    func test_conv_1d_dilations() throws { try check("conv_1d_dilations") }
    func test_conv_1d_same_lower() throws { try check("conv_1d_same_lower") }
    func test_conv_asymmetric_pads() throws { try check("conv_asymmetric_pads") }
    func test_conv_auto_pad_same_lower() throws { try check("conv_auto_pad_same_lower") }
    func test_conv_auto_pad_same_upper() throws { try check("conv_auto_pad_same_upper") }
    func test_conv_auto_pad_same_upper_even_kernel() throws { try check("conv_auto_pad_same_upper_even_kernel") }
    func test_conv_auto_pad_valid() throws { try check("conv_auto_pad_valid") }
    func test_conv_basic() throws { try check("conv_basic") }
    func test_conv_depthwise() throws { try check("conv_depthwise") }
    func test_conv_depthwise_multiplier() throws { try check("conv_depthwise_multiplier") }
    func test_conv_dilations() throws { try check("conv_dilations") }
    func test_conv_group() throws { try check("conv_group") }
    func test_conv_no_bias() throws { try check("conv_no_bias") }
    func test_conv_opset6() throws { try check("conv_opset6") }
    func test_conv_opset6_ir3() throws { try check("conv_opset6_ir3") }
    func test_conv_rect_strides() throws { try check("conv_rect_strides") }
    func test_conv_symbolic_batch() throws { try check("conv_symbolic_batch") }
    func test_conv_weight_input() throws { try check("conv_weight_input") }
    func test_convtranspose_1d() throws { try check("convtranspose_1d") }
    func test_convtranspose_auto_pad_same_lower() throws { try check("convtranspose_auto_pad_same_lower") }
    func test_convtranspose_auto_pad_same_upper() throws { try check("convtranspose_auto_pad_same_upper") }
    func test_convtranspose_basic() throws { try check("convtranspose_basic") }
    func test_convtranspose_depthwise() throws { try check("convtranspose_depthwise") }
    func test_convtranspose_dilations() throws { try check("convtranspose_dilations") }
    func test_convtranspose_group() throws { try check("convtranspose_group") }
    func test_convtranspose_kernel_shape() throws { try check("convtranspose_kernel_shape") }
    func test_convtranspose_no_bias() throws { try check("convtranspose_no_bias") }
    func test_convtranspose_output_padding() throws { try check("convtranspose_output_padding") }
    func test_convtranspose_output_shape() throws { try check("convtranspose_output_shape") }
    func test_convtranspose_output_shape_odd_total() throws { try check("convtranspose_output_shape_odd_total") }
    func test_convtranspose_pads() throws { try check("convtranspose_pads") }
    func test_convtranspose_rect_strides() throws { try check("convtranspose_rect_strides") }
    func test_convtranspose_strides() throws { try check("convtranspose_strides") }
    func test_convtranspose_symbolic_batch() throws { try check("convtranspose_symbolic_batch") }
    func test_convtranspose_symbolic_batch_1d() throws { try check("convtranspose_symbolic_batch_1d") }
    func test_convtranspose_symbolic_batch_group() throws { try check("convtranspose_symbolic_batch_group") }
    func test_div_broadcast() throws { try check("div_broadcast") }
    func test_div_int32() throws { try check("div_int32") }
    func test_div_opset6_broadcast_axis1() throws { try check("div_opset6_broadcast_axis1") }
    func test_dropout_opset10_mask() throws { try check("dropout_opset10_mask") }
    func test_dropout_opset12_mask() throws { try check("dropout_opset12_mask") }
    func test_dropout_opset12_ratio() throws { try check("dropout_opset12_ratio") }
    func test_dropout_opset13_ratio_mask() throws { try check("dropout_opset13_ratio_mask") }
    func test_dropout_opset13_training_false() throws { try check("dropout_opset13_training_false") }
    func test_dropout_opset6_is_test() throws { try check("dropout_opset6_is_test") }
    func test_dropout_opset7() throws { try check("dropout_opset7") }
    func test_dropout_opset7_mask() throws { try check("dropout_opset7_mask") }
    func test_elu() throws { try check("elu") }
    func test_elu_alpha() throws { try check("elu_alpha") }
    func test_equal_broadcast() throws { try check("equal_broadcast") }
    func test_equal_int64() throws { try check("equal_int64") }
    func test_equal_opset7() throws { try check("equal_opset7") }
    func test_erf() throws { try check("erf") }
    func test_erf_opset9() throws { try check("erf_opset9") }
    func test_exp() throws { try check("exp") }
    func test_expand_bidirectional() throws { try check("expand_bidirectional") }
    func test_expand_computed_shape() throws { try check("expand_computed_shape") }
    func test_expand_opset8() throws { try check("expand_opset8") }
    func test_expand_smaller_shape() throws { try check("expand_smaller_shape") }
    func test_flatten_axis0() throws { try check("flatten_axis0") }
    func test_flatten_axis1() throws { try check("flatten_axis1") }
    func test_flatten_axis2() throws { try check("flatten_axis2") }
    func test_flatten_axis3() throws { try check("flatten_axis3") }
    func test_flatten_axisneg1() throws { try check("flatten_axisneg1") }
    func test_flatten_opset9_default() throws { try check("flatten_opset9_default") }
    func test_gather_axis1() throws { try check("gather_axis1") }
    func test_gather_constant_negative() throws { try check("gather_constant_negative") }
    func test_gather_embedding() throws { try check("gather_embedding") }
    func test_gather_indices_input() throws { try check("gather_indices_input") }
    func test_gather_int32_indices() throws { try check("gather_int32_indices") }
    func test_gather_opset6() throws { try check("gather_opset6") }
    func test_gather_scalar_index() throws { try check("gather_scalar_index") }
    func test_gelu_none() throws { try check("gelu_none") }
    func test_gelu_tanh() throws { try check("gelu_tanh") }
    func test_gemm_alpha_beta_c_row() throws { try check("gemm_alpha_beta_c_row") }
    func test_gemm_basic() throws { try check("gemm_basic") }
    func test_gemm_c_column() throws { try check("gemm_c_column") }
    func test_gemm_c_scalar() throws { try check("gemm_c_scalar") }
    func test_gemm_inputs() throws { try check("gemm_inputs") }
    func test_gemm_no_c() throws { try check("gemm_no_c") }
    func test_gemm_opset7() throws { try check("gemm_opset7") }
    func test_gemm_trans_c_matrix() throws { try check("gemm_trans_c_matrix") }
    func test_globalaveragepool() throws { try check("globalaveragepool") }
    func test_globalaveragepool_rank3() throws { try check("globalaveragepool_rank3") }
    func test_globalmaxpool() throws { try check("globalmaxpool") }
    func test_globalmaxpool_rank5() throws { try check("globalmaxpool_rank5") }
    func test_greater_broadcast() throws { try check("greater_broadcast") }
    func test_greater_int64() throws { try check("greater_int64") }
    func test_greater_opset6_broadcast() throws { try check("greater_opset6_broadcast") }
    func test_hardsigmoid() throws { try check("hardsigmoid") }
    func test_hardsigmoid_default() throws { try check("hardsigmoid_default") }
    func test_hardswish() throws { try check("hardswish") }
    func test_identity() throws { try check("identity") }
    func test_identity_int64() throws { try check("identity_int64") }
    func test_identity_of_initializer() throws { try check("identity_of_initializer") }
    func test_instancenorm() throws { try check("instancenorm") }
    func test_instancenorm_rank3() throws { try check("instancenorm_rank3") }
    func test_layernorm_axis1() throws { try check("layernorm_axis1") }
    func test_layernorm_last_axis() throws { try check("layernorm_last_axis") }
    func test_layernorm_no_bias() throws { try check("layernorm_no_bias") }
    func test_leakyrelu() throws { try check("leakyrelu") }
    func test_leakyrelu_alpha_above_one() throws { try check("leakyrelu_alpha_above_one") }
    func test_leakyrelu_default() throws { try check("leakyrelu_default") }
    func test_less_broadcast() throws { try check("less_broadcast") }
    func test_less_int64() throws { try check("less_int64") }
    func test_less_opset7_float() throws { try check("less_opset7_float") }
    func test_log() throws { try check("log") }
    func test_logsoftmax_opset11_axis0() throws { try check("logsoftmax_opset11_axis0") }
    func test_logsoftmax_opset11_axis1_rank3() throws { try check("logsoftmax_opset11_axis1_rank3") }
    func test_logsoftmax_opset11_axis1_rank4() throws { try check("logsoftmax_opset11_axis1_rank4") }
    func test_logsoftmax_opset11_axis_last() throws { try check("logsoftmax_opset11_axis_last") }
    func test_logsoftmax_opset11_default_rank4() throws { try check("logsoftmax_opset11_default_rank4") }
    func test_logsoftmax_opset13_axis1() throws { try check("logsoftmax_opset13_axis1") }
    func test_logsoftmax_opset13_axis_last() throws { try check("logsoftmax_opset13_axis_last") }
    func test_logsoftmax_opset13_default() throws { try check("logsoftmax_opset13_default") }
    func test_lrn_defaults() throws { try check("lrn_defaults") }
    func test_lrn_size3() throws { try check("lrn_size3") }
    func test_lrn_size5() throws { try check("lrn_size5") }
    func test_matmul_2d() throws { try check("matmul_2d") }
    func test_matmul_2d_by_3d() throws { try check("matmul_2d_by_3d") }
    func test_matmul_3d_by_2d() throws { try check("matmul_3d_by_2d") }
    func test_matmul_batched() throws { try check("matmul_batched") }
    func test_matmul_broadcast() throws { try check("matmul_broadcast") }
    func test_matmul_matrix_vector() throws { try check("matmul_matrix_vector") }
    func test_matmul_opset9() throws { try check("matmul_opset9") }
    func test_matmul_vector_batched() throws { try check("matmul_vector_batched") }
    func test_matmul_vector_matrix() throws { try check("matmul_vector_matrix") }
    func test_matmul_vector_vector() throws { try check("matmul_vector_vector") }
    func test_max_single() throws { try check("max_single") }
    func test_max_two() throws { try check("max_two") }
    func test_max_variadic() throws { try check("max_variadic") }
    func test_maxpool_1d() throws { try check("maxpool_1d") }
    func test_maxpool_1d_dilations() throws { try check("maxpool_1d_dilations") }
    func test_maxpool_asymmetric_pads() throws { try check("maxpool_asymmetric_pads") }
    func test_maxpool_auto_pad_same_lower() throws { try check("maxpool_auto_pad_same_lower") }
    func test_maxpool_auto_pad_same_upper() throws { try check("maxpool_auto_pad_same_upper") }
    func test_maxpool_auto_pad_valid() throws { try check("maxpool_auto_pad_valid") }
    func test_maxpool_basic() throws { try check("maxpool_basic") }
    func test_maxpool_ceil_mode() throws { try check("maxpool_ceil_mode") }
    func test_maxpool_ceil_mode_pads() throws { try check("maxpool_ceil_mode_pads") }
    func test_maxpool_dilations() throws { try check("maxpool_dilations") }
    func test_maxpool_dilations_ceil() throws { try check("maxpool_dilations_ceil") }
    func test_maxpool_dilations_strides_pads() throws { try check("maxpool_dilations_strides_pads") }
    func test_maxpool_negative_values_padded() throws { try check("maxpool_negative_values_padded") }
    func test_maxpool_opset6() throws { try check("maxpool_opset6") }
    func test_maxpool_storage_order() throws { try check("maxpool_storage_order") }
    func test_mean_opset6() throws { try check("mean_opset6") }
    func test_mean_single() throws { try check("mean_single") }
    func test_mean_variadic() throws { try check("mean_variadic") }
    func test_min_single() throws { try check("min_single") }
    func test_min_variadic() throws { try check("min_variadic") }
    func test_mul_broadcast() throws { try check("mul_broadcast") }
    func test_mul_opset6_broadcast_axis1() throws { try check("mul_opset6_broadcast_axis1") }
    func test_mul_opset6_broadcast_axis_middle() throws { try check("mul_opset6_broadcast_axis_middle") }
    func test_neg() throws { try check("neg") }
    func test_neg_opset6() throws { try check("neg_opset6") }
    func test_pad_constant() throws { try check("pad_constant") }
    func test_pad_constant_default_value() throws { try check("pad_constant_default_value") }
    func test_pad_edge() throws { try check("pad_edge") }
    func test_pad_edge_wider_than_input() throws { try check("pad_edge_wider_than_input") }
    func test_pad_int64_constant() throws { try check("pad_int64_constant") }
    func test_pad_negative_constant() throws { try check("pad_negative_constant") }
    func test_pad_negative_edge() throws { try check("pad_negative_edge") }
    func test_pad_negative_reflect() throws { try check("pad_negative_reflect") }
    func test_pad_opset18_axes() throws { try check("pad_opset18_axes") }
    func test_pad_opset18_axes_edge() throws { try check("pad_opset18_axes_edge") }
    func test_pad_opset18_axes_negative() throws { try check("pad_opset18_axes_negative") }
    func test_pad_opset18_axes_reflect() throws { try check("pad_opset18_axes_reflect") }
    func test_pad_opset19_wrap() throws { try check("pad_opset19_wrap") }
    func test_pad_opset2_constant() throws { try check("pad_opset2_constant") }
    func test_pad_opset2_edge() throws { try check("pad_opset2_edge") }
    func test_pad_opset2_reflect() throws { try check("pad_opset2_reflect") }
    func test_pad_reflect() throws { try check("pad_reflect") }
    func test_pow_broadcast() throws { try check("pow_broadcast") }
    func test_pow_integer_exponent() throws { try check("pow_integer_exponent") }
    func test_pow_opset6_broadcast() throws { try check("pow_opset6_broadcast") }
    func test_pow_opset7() throws { try check("pow_opset7") }
    func test_prelu_opset6_per_channel() throws { try check("prelu_opset6_per_channel") }
    func test_prelu_slope_c11() throws { try check("prelu_slope_c11") }
    func test_prelu_slope_last_axis() throws { try check("prelu_slope_last_axis") }
    func test_prelu_slope_scalar() throws { try check("prelu_slope_scalar") }
    func test_range_float() throws { try check("range_float") }
    func test_range_int32() throws { try check("range_int32") }
    func test_range_int64_negative_delta() throws { try check("range_int64_negative_delta") }
    func test_reciprocal() throws { try check("reciprocal") }
    func test_reducemax_all() throws { try check("reducemax_all") }
    func test_reducemax_all_no_keepdims() throws { try check("reducemax_all_no_keepdims") }
    func test_reducemax_attr_keepdims() throws { try check("reducemax_attr_keepdims") }
    func test_reducemax_attr_no_keepdims() throws { try check("reducemax_attr_no_keepdims") }
    func test_reducemax_empty_axes_input() throws { try check("reducemax_empty_axes_input") }
    func test_reducemax_input_axes() throws { try check("reducemax_input_axes") }
    func test_reducemax_input_axes_keepdims() throws { try check("reducemax_input_axes_keepdims") }
    func test_reducemax_int64() throws { try check("reducemax_int64") }
    func test_reducemax_noop_empty_axes() throws { try check("reducemax_noop_empty_axes") }
    func test_reducemean_all() throws { try check("reducemean_all") }
    func test_reducemean_all_no_keepdims() throws { try check("reducemean_all_no_keepdims") }
    func test_reducemean_attr_keepdims() throws { try check("reducemean_attr_keepdims") }
    func test_reducemean_attr_no_keepdims() throws { try check("reducemean_attr_no_keepdims") }
    func test_reducemean_empty_axes_input() throws { try check("reducemean_empty_axes_input") }
    func test_reducemean_input_axes() throws { try check("reducemean_input_axes") }
    func test_reducemean_input_axes_keepdims() throws { try check("reducemean_input_axes_keepdims") }
    func test_reducemean_noop_empty_axes() throws { try check("reducemean_noop_empty_axes") }
    func test_reducemean_opset13_attr() throws { try check("reducemean_opset13_attr") }
    func test_reducemin() throws { try check("reducemin") }
    func test_reduceprod() throws { try check("reduceprod") }
    func test_reducesum_all() throws { try check("reducesum_all") }
    func test_reducesum_all_no_keepdims() throws { try check("reducesum_all_no_keepdims") }
    func test_reducesum_attr_keepdims() throws { try check("reducesum_attr_keepdims") }
    func test_reducesum_attr_no_keepdims() throws { try check("reducesum_attr_no_keepdims") }
    func test_reducesum_empty_axes_input() throws { try check("reducesum_empty_axes_input") }
    func test_reducesum_input_axes() throws { try check("reducesum_input_axes") }
    func test_reducesum_input_axes_keepdims() throws { try check("reducesum_input_axes_keepdims") }
    func test_reducesum_noop_empty_axes() throws { try check("reducesum_noop_empty_axes") }
    func test_reducesum_opset13_input_axes() throws { try check("reducesum_opset13_input_axes") }
    func test_reducesum_opset13_noop() throws { try check("reducesum_opset13_noop") }
    func test_relu() throws { try check("relu") }
    func test_reshape_allowzero_empty() throws { try check("reshape_allowzero_empty") }
    func test_reshape_allowzero_no_zero() throws { try check("reshape_allowzero_no_zero") }
    func test_reshape_computed_shape() throws { try check("reshape_computed_shape") }
    func test_reshape_flatten() throws { try check("reshape_flatten") }
    func test_reshape_infer() throws { try check("reshape_infer") }
    func test_reshape_symbolic_batch() throws { try check("reshape_symbolic_batch") }
    func test_reshape_two_zeros() throws { try check("reshape_two_zeros") }
    func test_reshape_zero_copies() throws { try check("reshape_zero_copies") }
    func test_resize_int32_nearest() throws { try check("resize_int32_nearest") }
    func test_resize_linear_align_corners_downsample() throws { try check("resize_linear_align_corners_downsample") }
    func test_resize_linear_align_corners_scales() throws { try check("resize_linear_align_corners_scales") }
    func test_resize_linear_align_corners_sizes() throws { try check("resize_linear_align_corners_sizes") }
    func test_resize_linear_align_corners_to_one() throws { try check("resize_linear_align_corners_to_one") }
    func test_resize_linear_asymmetric_downsample() throws { try check("resize_linear_asymmetric_downsample") }
    func test_resize_linear_asymmetric_scales() throws { try check("resize_linear_asymmetric_scales") }
    func test_resize_linear_asymmetric_sizes() throws { try check("resize_linear_asymmetric_sizes") }
    func test_resize_linear_half_pixel_downsample() throws { try check("resize_linear_half_pixel_downsample") }
    func test_resize_linear_half_pixel_scales() throws { try check("resize_linear_half_pixel_scales") }
    func test_resize_linear_half_pixel_sizes() throws { try check("resize_linear_half_pixel_sizes") }
    func test_resize_linear_half_pixel_symmetric() throws { try check("resize_linear_half_pixel_symmetric") }
    func test_resize_linear_pytorch_half_pixel_downsample() throws { try check("resize_linear_pytorch_half_pixel_downsample") }
    func test_resize_linear_pytorch_half_pixel_scales() throws { try check("resize_linear_pytorch_half_pixel_scales") }
    func test_resize_linear_pytorch_half_pixel_sizes() throws { try check("resize_linear_pytorch_half_pixel_sizes") }
    func test_resize_linear_pytorch_half_pixel_to_one() throws { try check("resize_linear_pytorch_half_pixel_to_one") }
    func test_resize_nearest_ceil_align_corners() throws { try check("resize_nearest_ceil_align_corners") }
    func test_resize_nearest_ceil_asymmetric() throws { try check("resize_nearest_ceil_asymmetric") }
    func test_resize_nearest_ceil_half_pixel() throws { try check("resize_nearest_ceil_half_pixel") }
    func test_resize_nearest_ceil_pytorch_half_pixel() throws { try check("resize_nearest_ceil_pytorch_half_pixel") }
    func test_resize_nearest_ceil_tf_half_pixel_for_nn() throws { try check("resize_nearest_ceil_tf_half_pixel_for_nn") }
    func test_resize_nearest_default_upsample2() throws { try check("resize_nearest_default_upsample2") }
    func test_resize_nearest_downsample() throws { try check("resize_nearest_downsample") }
    func test_resize_nearest_floor_align_corners() throws { try check("resize_nearest_floor_align_corners") }
    func test_resize_nearest_floor_asymmetric() throws { try check("resize_nearest_floor_asymmetric") }
    func test_resize_nearest_floor_half_pixel() throws { try check("resize_nearest_floor_half_pixel") }
    func test_resize_nearest_floor_pytorch_half_pixel() throws { try check("resize_nearest_floor_pytorch_half_pixel") }
    func test_resize_nearest_floor_tf_half_pixel_for_nn() throws { try check("resize_nearest_floor_tf_half_pixel_for_nn") }
    func test_resize_nearest_half_pixel_symmetric() throws { try check("resize_nearest_half_pixel_symmetric") }
    func test_resize_nearest_round_prefer_ceil_align_corners() throws { try check("resize_nearest_round_prefer_ceil_align_corners") }
    func test_resize_nearest_round_prefer_ceil_asymmetric() throws { try check("resize_nearest_round_prefer_ceil_asymmetric") }
    func test_resize_nearest_round_prefer_ceil_half_pixel() throws { try check("resize_nearest_round_prefer_ceil_half_pixel") }
    func test_resize_nearest_round_prefer_ceil_pytorch_half_pixel() throws { try check("resize_nearest_round_prefer_ceil_pytorch_half_pixel") }
    func test_resize_nearest_round_prefer_ceil_tf_half_pixel_for_nn() throws { try check("resize_nearest_round_prefer_ceil_tf_half_pixel_for_nn") }
    func test_resize_nearest_round_prefer_floor_align_corners() throws { try check("resize_nearest_round_prefer_floor_align_corners") }
    func test_resize_nearest_round_prefer_floor_asymmetric() throws { try check("resize_nearest_round_prefer_floor_asymmetric") }
    func test_resize_nearest_round_prefer_floor_half_pixel() throws { try check("resize_nearest_round_prefer_floor_half_pixel") }
    func test_resize_nearest_round_prefer_floor_pytorch_half_pixel() throws { try check("resize_nearest_round_prefer_floor_pytorch_half_pixel") }
    func test_resize_nearest_round_prefer_floor_tf_half_pixel_for_nn() throws { try check("resize_nearest_round_prefer_floor_tf_half_pixel_for_nn") }
    func test_resize_nearest_sizes() throws { try check("resize_nearest_sizes") }
    func test_resize_nearest_sizes_asymmetric_floor() throws { try check("resize_nearest_sizes_asymmetric_floor") }
    func test_resize_opset10_linear() throws { try check("resize_opset10_linear") }
    func test_resize_opset10_nearest() throws { try check("resize_opset10_nearest") }
    func test_resize_opset13_roi_empty_name() throws { try check("resize_opset13_roi_empty_name") }
    func test_resize_opset18_antialias_upsample() throws { try check("resize_opset18_antialias_upsample") }
    func test_resize_opset18_axes_scales() throws { try check("resize_opset18_axes_scales") }
    func test_resize_opset18_axes_sizes_negative() throws { try check("resize_opset18_axes_sizes_negative") }
    func test_resize_opset18_not_larger() throws { try check("resize_opset18_not_larger") }
    func test_resize_opset18_not_larger_all_axes() throws { try check("resize_opset18_not_larger_all_axes") }
    func test_resize_opset18_not_smaller() throws { try check("resize_opset18_not_smaller") }
    func test_resize_opset21() throws { try check("resize_opset21") }
    func test_resize_rank3_nearest() throws { try check("resize_rank3_nearest") }
    func test_resize_scales_from_constants() throws { try check("resize_scales_from_constants") }
    func test_resize_sizes_from_shape() throws { try check("resize_sizes_from_shape") }
    func test_selu() throws { try check("selu") }
    func test_selu_custom() throws { try check("selu_custom") }
    func test_shape() throws { try check("shape") }
    func test_shape_end_clamped() throws { try check("shape_end_clamped") }
    func test_shape_start_end() throws { try check("shape_start_end") }
    func test_shape_start_negative() throws { try check("shape_start_negative") }
    func test_shrink_bias_lambd() throws { try check("shrink_bias_lambd") }
    func test_shrink_default() throws { try check("shrink_default") }
    func test_shrink_int64() throws { try check("shrink_int64") }
    func test_sigmoid() throws { try check("sigmoid") }
    func test_size() throws { try check("size") }
    func test_slice_clamped_ends() throws { try check("slice_clamped_ends") }
    func test_slice_empty() throws { try check("slice_empty") }
    func test_slice_int64_max_start_reverse() throws { try check("slice_int64_max_start_reverse") }
    func test_slice_negative_axes() throws { try check("slice_negative_axes") }
    func test_slice_negative_starts() throws { try check("slice_negative_starts") }
    func test_slice_opset10() throws { try check("slice_opset10") }
    func test_slice_opset9_attributes() throws { try check("slice_opset9_attributes") }
    func test_slice_opset9_no_axes() throws { try check("slice_opset9_no_axes") }
    func test_slice_step_minus1() throws { try check("slice_step_minus1") }
    func test_slice_step_minus2_partial() throws { try check("slice_step_minus2_partial") }
    func test_slice_steps2() throws { try check("slice_steps2") }
    func test_softmax_opset11_axis0() throws { try check("softmax_opset11_axis0") }
    func test_softmax_opset11_axis1_rank3() throws { try check("softmax_opset11_axis1_rank3") }
    func test_softmax_opset11_axis1_rank4() throws { try check("softmax_opset11_axis1_rank4") }
    func test_softmax_opset11_axis_last() throws { try check("softmax_opset11_axis_last") }
    func test_softmax_opset11_default_rank4() throws { try check("softmax_opset11_default_rank4") }
    func test_softmax_opset13_axis1() throws { try check("softmax_opset13_axis1") }
    func test_softmax_opset13_axis_last() throws { try check("softmax_opset13_axis_last") }
    func test_softmax_opset13_default() throws { try check("softmax_opset13_default") }
    func test_softmax_opset6_rank2() throws { try check("softmax_opset6_rank2") }
    func test_softplus() throws { try check("softplus") }
    func test_split_attribute() throws { try check("split_attribute") }
    func test_split_equal() throws { try check("split_equal") }
    func test_split_input() throws { try check("split_input") }
    func test_split_num_outputs_even() throws { try check("split_num_outputs_even") }
    func test_split_num_outputs_uneven() throws { try check("split_num_outputs_uneven") }
    func test_split_opset13_equal() throws { try check("split_opset13_equal") }
    func test_split_opset6() throws { try check("split_opset6") }
    func test_sqrt() throws { try check("sqrt") }
    func test_squeeze_all() throws { try check("squeeze_all") }
    func test_squeeze_attribute() throws { try check("squeeze_attribute") }
    func test_squeeze_input() throws { try check("squeeze_input") }
    func test_squeeze_opset6_all() throws { try check("squeeze_opset6_all") }
    func test_sub_broadcast() throws { try check("sub_broadcast") }
    func test_sub_opset6_broadcast_axis1() throws { try check("sub_opset6_broadcast_axis1") }
    func test_sum_single() throws { try check("sum_single") }
    func test_sum_variadic() throws { try check("sum_variadic") }
    func test_tanh() throws { try check("tanh") }
    func test_tile() throws { try check("tile") }
    func test_tile_opset6() throws { try check("tile_opset6") }
    func test_torch_cnn_opset13() throws { try check("torch_cnn_opset13") }
    func test_torch_cnn_opset18() throws { try check("torch_cnn_opset18") }
    func test_torch_cnn_opset9() throws { try check("torch_cnn_opset9") }
    func test_torch_decoder_opset11() throws { try check("torch_decoder_opset11") }
    func test_torch_decoder_opset17() throws { try check("torch_decoder_opset17") }
    func test_torch_mixer_opset13() throws { try check("torch_mixer_opset13") }
    func test_torch_mixer_opset20() throws { try check("torch_mixer_opset20") }
    func test_torch_pools_opset11() throws { try check("torch_pools_opset11") }
    func test_torch_pools_opset19() throws { try check("torch_pools_opset19") }
    func test_transpose_default() throws { try check("transpose_default") }
    func test_transpose_perm() throws { try check("transpose_perm") }
    func test_unsqueeze_attribute() throws { try check("unsqueeze_attribute") }
    func test_unsqueeze_input() throws { try check("unsqueeze_input") }
    func test_unsqueeze_opset6() throws { try check("unsqueeze_opset6") }
    func test_unsqueeze_scalar() throws { try check("unsqueeze_scalar") }
    func test_upsample_opset7_linear() throws { try check("upsample_opset7_linear") }
    func test_upsample_opset7_nearest() throws { try check("upsample_opset7_nearest") }
    func test_upsample_opset9_default_mode() throws { try check("upsample_opset9_default_mode") }
    func test_upsample_opset9_linear() throws { try check("upsample_opset9_linear") }
    func test_upsample_opset9_nearest() throws { try check("upsample_opset9_nearest") }
    func test_where_broadcast() throws { try check("where_broadcast") }
    func test_where_from_compare() throws { try check("where_from_compare") }
    func test_where_int64() throws { try check("where_int64") }

    static let caseNames = [
        "abs",
        "abs_int64",
        "add_broadcast",
        "add_int64",
        "add_opset6_broadcast_axis1",
        "add_opset6_broadcast_trailing",
        "add_opset6_same_shape",
        "avgpool_1d",
        "avgpool_asymmetric_pads_include",
        "avgpool_auto_pad_same_lower",
        "avgpool_auto_pad_same_lower_include_pad",
        "avgpool_auto_pad_same_upper",
        "avgpool_auto_pad_same_upper_include_pad",
        "avgpool_basic",
        "avgpool_ceil_mode",
        "avgpool_ceil_mode_exclude_pad",
        "avgpool_ceil_mode_include_pad",
        "avgpool_dilations",
        "avgpool_opset7",
        "avgpool_pads_count_include_pad",
        "avgpool_pads_exclude_pad",
        "batchnorm_opset14",
        "batchnorm_opset15",
        "batchnorm_opset6_is_test",
        "batchnorm_opset7_spatial",
        "batchnorm_opset9",
        "batchnorm_rank2",
        "batchnorm_rank3",
        "cast_bool_to_float",
        "cast_float_to_bool",
        "cast_float_to_double",
        "cast_float_to_float",
        "cast_float_to_int32",
        "cast_float_to_int64",
        "cast_int64_to_float",
        "cast_opset19_saturate",
        "cast_opset6",
        "clip_int32",
        "clip_opset11",
        "clip_opset12_only_min",
        "clip_opset13_input_bounds",
        "clip_opset13_none",
        "clip_opset13_only_max",
        "clip_opset6",
        "clip_opset6_default",
        "clip_opset6_only_max",
        "concat_int64",
        "concat_negative_axis",
        "concat_opset4_axis0",
        "constant_opset9",
        "constant_value",
        "constant_value_float",
        "constant_value_floats",
        "constant_value_int",
        "constant_value_ints",
        "constantofshape_computed",
        "constantofshape_default",
        "constantofshape_float",
        "constantofshape_int64",
        "conv_1d",
        "conv_1d_dilations",
        "conv_1d_same_lower",
        "conv_asymmetric_pads",
        "conv_auto_pad_same_lower",
        "conv_auto_pad_same_upper",
        "conv_auto_pad_same_upper_even_kernel",
        "conv_auto_pad_valid",
        "conv_basic",
        "conv_depthwise",
        "conv_depthwise_multiplier",
        "conv_dilations",
        "conv_group",
        "conv_no_bias",
        "conv_opset6",
        "conv_opset6_ir3",
        "conv_rect_strides",
        "conv_symbolic_batch",
        "conv_weight_input",
        "convtranspose_1d",
        "convtranspose_auto_pad_same_lower",
        "convtranspose_auto_pad_same_upper",
        "convtranspose_basic",
        "convtranspose_depthwise",
        "convtranspose_dilations",
        "convtranspose_group",
        "convtranspose_kernel_shape",
        "convtranspose_no_bias",
        "convtranspose_output_padding",
        "convtranspose_output_shape",
        "convtranspose_output_shape_odd_total",
        "convtranspose_pads",
        "convtranspose_rect_strides",
        "convtranspose_strides",
        "convtranspose_symbolic_batch",
        "convtranspose_symbolic_batch_1d",
        "convtranspose_symbolic_batch_group",
        "div_broadcast",
        "div_int32",
        "div_opset6_broadcast_axis1",
        "dropout_opset10_mask",
        "dropout_opset12_mask",
        "dropout_opset12_ratio",
        "dropout_opset13_ratio_mask",
        "dropout_opset13_training_false",
        "dropout_opset6_is_test",
        "dropout_opset7",
        "dropout_opset7_mask",
        "elu",
        "elu_alpha",
        "equal_broadcast",
        "equal_int64",
        "equal_opset7",
        "erf",
        "erf_opset9",
        "exp",
        "expand_bidirectional",
        "expand_computed_shape",
        "expand_opset8",
        "expand_smaller_shape",
        "flatten_axis0",
        "flatten_axis1",
        "flatten_axis2",
        "flatten_axis3",
        "flatten_axisneg1",
        "flatten_opset9_default",
        "gather_axis1",
        "gather_constant_negative",
        "gather_embedding",
        "gather_indices_input",
        "gather_int32_indices",
        "gather_opset6",
        "gather_scalar_index",
        "gelu_none",
        "gelu_tanh",
        "gemm_alpha_beta_c_row",
        "gemm_basic",
        "gemm_c_column",
        "gemm_c_scalar",
        "gemm_inputs",
        "gemm_no_c",
        "gemm_opset7",
        "gemm_trans_c_matrix",
        "globalaveragepool",
        "globalaveragepool_rank3",
        "globalmaxpool",
        "globalmaxpool_rank5",
        "greater_broadcast",
        "greater_int64",
        "greater_opset6_broadcast",
        "hardsigmoid",
        "hardsigmoid_default",
        "hardswish",
        "identity",
        "identity_int64",
        "identity_of_initializer",
        "instancenorm",
        "instancenorm_rank3",
        "layernorm_axis1",
        "layernorm_last_axis",
        "layernorm_no_bias",
        "leakyrelu",
        "leakyrelu_alpha_above_one",
        "leakyrelu_default",
        "less_broadcast",
        "less_int64",
        "less_opset7_float",
        "log",
        "logsoftmax_opset11_axis0",
        "logsoftmax_opset11_axis1_rank3",
        "logsoftmax_opset11_axis1_rank4",
        "logsoftmax_opset11_axis_last",
        "logsoftmax_opset11_default_rank4",
        "logsoftmax_opset13_axis1",
        "logsoftmax_opset13_axis_last",
        "logsoftmax_opset13_default",
        "lrn_defaults",
        "lrn_size3",
        "lrn_size5",
        "matmul_2d",
        "matmul_2d_by_3d",
        "matmul_3d_by_2d",
        "matmul_batched",
        "matmul_broadcast",
        "matmul_matrix_vector",
        "matmul_opset9",
        "matmul_vector_batched",
        "matmul_vector_matrix",
        "matmul_vector_vector",
        "max_single",
        "max_two",
        "max_variadic",
        "maxpool_1d",
        "maxpool_1d_dilations",
        "maxpool_asymmetric_pads",
        "maxpool_auto_pad_same_lower",
        "maxpool_auto_pad_same_upper",
        "maxpool_auto_pad_valid",
        "maxpool_basic",
        "maxpool_ceil_mode",
        "maxpool_ceil_mode_pads",
        "maxpool_dilations",
        "maxpool_dilations_ceil",
        "maxpool_dilations_strides_pads",
        "maxpool_negative_values_padded",
        "maxpool_opset6",
        "maxpool_storage_order",
        "mean_opset6",
        "mean_single",
        "mean_variadic",
        "min_single",
        "min_variadic",
        "mul_broadcast",
        "mul_opset6_broadcast_axis1",
        "mul_opset6_broadcast_axis_middle",
        "neg",
        "neg_opset6",
        "pad_constant",
        "pad_constant_default_value",
        "pad_edge",
        "pad_edge_wider_than_input",
        "pad_int64_constant",
        "pad_negative_constant",
        "pad_negative_edge",
        "pad_negative_reflect",
        "pad_opset18_axes",
        "pad_opset18_axes_edge",
        "pad_opset18_axes_negative",
        "pad_opset18_axes_reflect",
        "pad_opset19_wrap",
        "pad_opset2_constant",
        "pad_opset2_edge",
        "pad_opset2_reflect",
        "pad_reflect",
        "pow_broadcast",
        "pow_integer_exponent",
        "pow_opset6_broadcast",
        "pow_opset7",
        "prelu_opset6_per_channel",
        "prelu_slope_c11",
        "prelu_slope_last_axis",
        "prelu_slope_scalar",
        "range_float",
        "range_int32",
        "range_int64_negative_delta",
        "reciprocal",
        "reducemax_all",
        "reducemax_all_no_keepdims",
        "reducemax_attr_keepdims",
        "reducemax_attr_no_keepdims",
        "reducemax_empty_axes_input",
        "reducemax_input_axes",
        "reducemax_input_axes_keepdims",
        "reducemax_int64",
        "reducemax_noop_empty_axes",
        "reducemean_all",
        "reducemean_all_no_keepdims",
        "reducemean_attr_keepdims",
        "reducemean_attr_no_keepdims",
        "reducemean_empty_axes_input",
        "reducemean_input_axes",
        "reducemean_input_axes_keepdims",
        "reducemean_noop_empty_axes",
        "reducemean_opset13_attr",
        "reducemin",
        "reduceprod",
        "reducesum_all",
        "reducesum_all_no_keepdims",
        "reducesum_attr_keepdims",
        "reducesum_attr_no_keepdims",
        "reducesum_empty_axes_input",
        "reducesum_input_axes",
        "reducesum_input_axes_keepdims",
        "reducesum_noop_empty_axes",
        "reducesum_opset13_input_axes",
        "reducesum_opset13_noop",
        "relu",
        "reshape_allowzero_empty",
        "reshape_allowzero_no_zero",
        "reshape_computed_shape",
        "reshape_flatten",
        "reshape_infer",
        "reshape_symbolic_batch",
        "reshape_two_zeros",
        "reshape_zero_copies",
        "resize_int32_nearest",
        "resize_linear_align_corners_downsample",
        "resize_linear_align_corners_scales",
        "resize_linear_align_corners_sizes",
        "resize_linear_align_corners_to_one",
        "resize_linear_asymmetric_downsample",
        "resize_linear_asymmetric_scales",
        "resize_linear_asymmetric_sizes",
        "resize_linear_half_pixel_downsample",
        "resize_linear_half_pixel_scales",
        "resize_linear_half_pixel_sizes",
        "resize_linear_half_pixel_symmetric",
        "resize_linear_pytorch_half_pixel_downsample",
        "resize_linear_pytorch_half_pixel_scales",
        "resize_linear_pytorch_half_pixel_sizes",
        "resize_linear_pytorch_half_pixel_to_one",
        "resize_nearest_ceil_align_corners",
        "resize_nearest_ceil_asymmetric",
        "resize_nearest_ceil_half_pixel",
        "resize_nearest_ceil_pytorch_half_pixel",
        "resize_nearest_ceil_tf_half_pixel_for_nn",
        "resize_nearest_default_upsample2",
        "resize_nearest_downsample",
        "resize_nearest_floor_align_corners",
        "resize_nearest_floor_asymmetric",
        "resize_nearest_floor_half_pixel",
        "resize_nearest_floor_pytorch_half_pixel",
        "resize_nearest_floor_tf_half_pixel_for_nn",
        "resize_nearest_half_pixel_symmetric",
        "resize_nearest_round_prefer_ceil_align_corners",
        "resize_nearest_round_prefer_ceil_asymmetric",
        "resize_nearest_round_prefer_ceil_half_pixel",
        "resize_nearest_round_prefer_ceil_pytorch_half_pixel",
        "resize_nearest_round_prefer_ceil_tf_half_pixel_for_nn",
        "resize_nearest_round_prefer_floor_align_corners",
        "resize_nearest_round_prefer_floor_asymmetric",
        "resize_nearest_round_prefer_floor_half_pixel",
        "resize_nearest_round_prefer_floor_pytorch_half_pixel",
        "resize_nearest_round_prefer_floor_tf_half_pixel_for_nn",
        "resize_nearest_sizes",
        "resize_nearest_sizes_asymmetric_floor",
        "resize_opset10_linear",
        "resize_opset10_nearest",
        "resize_opset13_roi_empty_name",
        "resize_opset18_antialias_upsample",
        "resize_opset18_axes_scales",
        "resize_opset18_axes_sizes_negative",
        "resize_opset18_not_larger",
        "resize_opset18_not_larger_all_axes",
        "resize_opset18_not_smaller",
        "resize_opset21",
        "resize_rank3_nearest",
        "resize_scales_from_constants",
        "resize_sizes_from_shape",
        "selu",
        "selu_custom",
        "shape",
        "shape_end_clamped",
        "shape_start_end",
        "shape_start_negative",
        "shrink_bias_lambd",
        "shrink_default",
        "shrink_int64",
        "sigmoid",
        "size",
        "slice_clamped_ends",
        "slice_empty",
        "slice_int64_max_start_reverse",
        "slice_negative_axes",
        "slice_negative_starts",
        "slice_opset10",
        "slice_opset9_attributes",
        "slice_opset9_no_axes",
        "slice_step_minus1",
        "slice_step_minus2_partial",
        "slice_steps2",
        "softmax_opset11_axis0",
        "softmax_opset11_axis1_rank3",
        "softmax_opset11_axis1_rank4",
        "softmax_opset11_axis_last",
        "softmax_opset11_default_rank4",
        "softmax_opset13_axis1",
        "softmax_opset13_axis_last",
        "softmax_opset13_default",
        "softmax_opset6_rank2",
        "softplus",
        "split_attribute",
        "split_equal",
        "split_input",
        "split_num_outputs_even",
        "split_num_outputs_uneven",
        "split_opset13_equal",
        "split_opset6",
        "sqrt",
        "squeeze_all",
        "squeeze_attribute",
        "squeeze_input",
        "squeeze_opset6_all",
        "sub_broadcast",
        "sub_opset6_broadcast_axis1",
        "sum_single",
        "sum_variadic",
        "tanh",
        "tile",
        "tile_opset6",
        "torch_cnn_opset13",
        "torch_cnn_opset18",
        "torch_cnn_opset9",
        "torch_decoder_opset11",
        "torch_decoder_opset17",
        "torch_mixer_opset13",
        "torch_mixer_opset20",
        "torch_pools_opset11",
        "torch_pools_opset19",
        "transpose_default",
        "transpose_perm",
        "unsqueeze_attribute",
        "unsqueeze_input",
        "unsqueeze_opset6",
        "unsqueeze_scalar",
        "upsample_opset7_linear",
        "upsample_opset7_nearest",
        "upsample_opset9_default_mode",
        "upsample_opset9_linear",
        "upsample_opset9_nearest",
        "where_broadcast",
        "where_from_compare",
        "where_int64",
    ]
}
