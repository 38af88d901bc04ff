-- The migrated, empty SQLite database of sitrep (sitrep/core/schema_snapshot.py).
-- Written by `make schema-snapshot`; do not edit by hand.
-- migration admin 0001_initial f4716989d9815b62
-- migration admin 0002_logentry_remove_auto_add 2c127e659a2236ed
-- migration admin 0003_logentry_add_action_flag_choices 02700a827190720e
-- migration auth 0001_initial 845cff319606332f
-- migration auth 0002_alter_permission_name_max_length feaf97e0e8f7d148
-- migration auth 0003_alter_user_email_max_length 9d5657b4db9872dc
-- migration auth 0004_alter_user_username_opts 9538db342c9a9bec
-- migration auth 0005_alter_user_last_login_null 79f60a35dc000fdd
-- migration auth 0006_require_contenttypes_0002 00cb16e3405f14b6
-- migration auth 0007_alter_validators_add_error_messages 115db87dc327530f
-- migration auth 0008_alter_user_username_max_length 02857f65f7d64814
-- migration auth 0009_alter_user_last_name_max_length 19a89500e7f108a7
-- migration auth 0010_alter_group_name_max_length 0963ed6498ac0b3a
-- migration auth 0011_update_proxy_permissions 85a5dde708dc4b61
-- migration auth 0012_alter_user_first_name_max_length 6cefbc9f80903763
-- migration axes 0001_initial e4c0194cf158395b
-- migration axes 0002_auto_20151217_2044 a092989bdd502de7
-- migration axes 0003_auto_20160322_0929 ff269df1341caca0
-- migration axes 0004_auto_20181024_1538 71cdafbe7458c772
-- migration axes 0005_remove_accessattempt_trusted baf3f5f6de5b5ee8
-- migration axes 0006_remove_accesslog_trusted 82850f25ae37e081
-- migration axes 0007_alter_accessattempt_unique_together c9fdd81629030721
-- migration axes 0008_accessfailurelog 2680dce9ecfcd4df
-- migration axes 0009_add_session_hash 82762be269ea4c62
-- migration axes 0010_accessattemptexpiration 524ca5b4566a41b8
-- migration contenttypes 0001_initial 35ed8489a147e0b4
-- migration contenttypes 0002_remove_content_type_name 7d36494075750f0e
-- migration core 0001_publication_settings 8f331c27f99e2ac6
-- migration django_otp_webauthn 0001_initial e45678fac94d108a
-- migration django_otp_webauthn 0001_squashed_0003_webauthncredential_hash_binary_to_hex cfabf0a6f873a1b6
-- migration django_otp_webauthn 0002_timestamps 066138c63b472249
-- migration django_otp_webauthn 0003_webauthncredential_hash_binary_to_hex c8b81fd22183da3b
-- migration django_otp_webauthn 0004_webauthnuserhandle 77d56af5d34c6e1e
-- migration django_tasks_database 0001_initial cf812b2fc6a74045
-- migration django_tasks_database 0002_alter_dbtaskresult_options 64089e9ab4b601be
-- migration django_tasks_database 0003_dbtaskresult_enqueued_at_dbtaskresult_finished_at 70aca531cfdec5a6
-- migration django_tasks_database 0004_dbtaskresult_started_at 6a2df89c09660a47
-- migration django_tasks_database 0005_alter_dbtaskresult_priority_and_more 7620e78cb4ea2bef
-- migration django_tasks_database 0006_alter_dbtaskresult_args_kwargs_and_more 1df8a72be81de333
-- migration django_tasks_database 0007_add_separate_results_fields 5a2bcd56bbf250fd
-- migration django_tasks_database 0008_separate_results_field 70bebf6c70a525ea
-- migration django_tasks_database 0009_remove_results_field 5f3794029968d300
-- migration django_tasks_database 0010_alter_dbtaskresult_status b78d0ee8642c2ac7
-- migration django_tasks_database 0011_rename_complete_status 06c588d077968906
-- migration django_tasks_database 0012_add_separate_exception_fields 91e47c25219e7502
-- migration django_tasks_database 0013_separate_exception_fields bf4b6c5e8befb7fe
-- migration django_tasks_database 0014_remove_dbtaskresult_exception_data 7358598390935d3f
-- migration django_tasks_database 0015_correctly_order_run_after c445a528a79c2706
-- migration django_tasks_database 0016_remove_dbtaskresult_django_task_new_ordering_idx_and_more b21812d340c4c029
-- migration django_tasks_database 0017_dbtaskresult_metadata 6ddbf92d0402a793
-- migration django_tasks_database 0018_rename_succeeded_status 49ab041400c46592
-- migration django_tasks_database 0019_rename_django_task_new_ordering_idx_tasks_db_new_ordering_idx_and_more 65bb5c3a5f49b6b7
-- migration django_tasks_database 0020_update_db_task_result_ordering cc08d41b5513f451
-- migration django_tasks_database 0021_conditional_partial_index_ordering b1d0d1b44619912b
-- migration editorial 0001_editorial_roles 158278aeeaca690e
-- migration newsletter 0001_initial 51880da849b2de0d
-- migration newsletter 0002_campaign_started_by ca88ff22e277e174
-- migration newsletter 0003_delivery_handed_at 7d19f9a16a9f9193
-- migration newsletter 0004_signuprequest 1e57620e2b1e2709
-- migration otp_static 0001_initial e5f44e1c6a9e7a66
-- migration otp_static 0002_throttling 88bc119b723dda21
-- migration otp_static 0003_add_timestamps f225fc7493e55f28
-- migration otp_totp 0001_initial 366d9effe737f771
-- migration otp_totp 0002_auto_20190420_0723 2bf09966867c24ae
-- migration otp_totp 0003_add_timestamps 7999680ed610b0c8
-- migration publishing 0001_initial eeb8f7151c3f56a8
-- migration publishing 0002_sanitise_stored_rich_text 7bb8b1140ea5d1a1
-- migration publishing 0003_article_body_block_labels e2fd4964edc90370
-- migration publishing 0004_issue_week_start_index b4d10bfae1fd0996
-- migration sessions 0001_initial 2aa438e2393ee513
-- migration sitesearch 0001_search_alias 21449c9da8140cb8
-- migration sitesearch 0002_postgres_allowed_articles_indexes fa4d19ed78128630
-- migration taggit 0001_initial 99ca62a055c530c7
-- migration taggit 0002_auto_20150616_2121 9db9f38747553183
-- migration taggit 0003_taggeditem_add_unique_index 8d474ef8ec122e51
-- migration taggit 0004_alter_taggeditem_content_type_alter_taggeditem_tag f9d1464ef1c663da
-- migration taggit 0005_auto_20220424_2025 0ff3cb6796cf52fb
-- migration taggit 0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx 7e6afc35e33e1db0
-- migration wagtail_localize 0001_initial 17c92ef7d8ee4eba
-- migration wagtail_localize 0002_translation b0456abc26126b55
-- migration wagtail_localize 0003_delete_translation_sources 9ac002df3b24cccb
-- migration wagtail_localize 0004_one_source_per_objectlocale 1e14c5183bebaba8
-- migration wagtail_localize 0005_remove_translationsource_object d70bafbed5592bce
-- migration wagtail_localize 0006_create_submit_translation_permission 50a77d745691eb6d
-- migration wagtail_localize 0007_stringtranslation_type_and_tool_name 78e44c46207807f2
-- migration wagtail_localize 0008_stringtranslation_last_translated_by 45d6099a4586a7a8
-- migration wagtail_localize 0009_stringtranslation_errors af97105e6a4c2629
-- migration wagtail_localize 0010_overridablesegment 50e535f4e04318b5
-- migration wagtail_localize 0011_segmentoverride f9d4ec601a17a1d9
-- migration wagtail_localize 0012_localesynchronization f41cc7d33d15fdce
-- migration wagtail_localize 0013_translationsource_schema_version 49d4817b18e78723
-- migration wagtail_localize 0014_remove_translation_source_last_updated_at f06a9059edd1eecc
-- migration wagtail_localize 0015_translationcontext_field_path 9e6b7e98d8945f38
-- migration wagtail_localize 0016_rename_page_revision_translationlog_revision 22df2c740554aaa2
-- migration wagtailadmin 0001_create_admin_access_permissions fcbe05ca0d60a8ea
-- migration wagtailadmin 0002_admin 1e2a4c541e9ab35b
-- migration wagtailadmin 0003_admin_managed 620fc672b343ac4e
-- migration wagtailadmin 0004_editingsession 7b870aaf0095ce75
-- migration wagtailadmin 0005_editingsession_is_editing 2366578b652bd350
-- migration wagtailadmin 0006_formstate 1188fcdbffa104cf
-- migration wagtailcore 0001_initial 9f53ad87c6f6e02c
-- migration wagtailcore 0001_squashed_0016_change_page_url_path_to_text_field 938f305a9f38612d
-- migration wagtailcore 0002_initial_data d984e0b825ce02d2
-- migration wagtailcore 0003_add_uniqueness_constraint_on_group_page_permission f3c13d4234999a7f
-- migration wagtailcore 0004_page_locked 054dd5f11e963145
-- migration wagtailcore 0005_add_page_lock_permission_to_moderators 467294823a2d9093
-- migration wagtailcore 0006_add_lock_page_permission fdd0c9f51908a077
-- migration wagtailcore 0007_page_latest_revision_created_at 44a498d1402ed033
-- migration wagtailcore 0008_populate_latest_revision_created_at f0951e0de83ba572
-- migration wagtailcore 0009_remove_auto_now_add_from_pagerevision_created_at ce9ebb7f16009609
-- migration wagtailcore 0010_change_page_owner_to_null_on_delete 3b440fa8c7436a0a
-- migration wagtailcore 0011_page_first_published_at 2a344a1bc91d4b55
-- migration wagtailcore 0012_extend_page_slug_field c8ce5732aad1b2b6
-- migration wagtailcore 0013_update_golive_expire_help_text 058c8ebeb60a5806
-- migration wagtailcore 0014_add_verbose_name e6342beda2c2a352
-- migration wagtailcore 0015_add_more_verbose_names 0c40c0d20c511c91
-- migration wagtailcore 0016_change_page_url_path_to_text_field fc00e2e248e357af
-- migration wagtailcore 0017_change_edit_page_permission_description ccd71ad6211dc9ea
-- migration wagtailcore 0018_pagerevision_submitted_for_moderation_index 9c84c8a317432983
-- migration wagtailcore 0019_verbose_names_cleanup dd647daad29c8ff0
-- migration wagtailcore 0020_add_index_on_page_first_published_at a6bee4fe81de1087
-- migration wagtailcore 0021_capitalizeverbose afd18f829eae58d3
-- migration wagtailcore 0022_add_site_name 24b2b9b04106c8ff
-- migration wagtailcore 0023_alter_page_revision_on_delete_behaviour 757de219a5895b45
-- migration wagtailcore 0024_alter_page_content_type_on_delete_behaviour 81599e333a45b26c
-- migration wagtailcore 0024_collection fcdfe156ab59adbb
-- migration wagtailcore 0025_collection_initial_data 299d294b4dcf5997
-- migration wagtailcore 0026_group_collection_permission c164f30fd7bbd892
-- migration wagtailcore 0027_fix_collection_path_collation f6c14ff3972d5c7d
-- migration wagtailcore 0028_merge c3a7c3972fd9a85c
-- migration wagtailcore 0029_unicode_slugfield_dj19 002cf4f07e5119fb
-- migration wagtailcore 0030_index_on_pagerevision_created_at d2a6d2c2cf713373
-- migration wagtailcore 0031_add_page_view_restriction_types 9a49c448c2d89307
-- migration wagtailcore 0032_add_bulk_delete_page_permission 549175d715c672b6
-- migration wagtailcore 0033_remove_golive_expiry_help_text aa4d91586ada762c
-- migration wagtailcore 0034_page_live_revision d650388923d2e80e
-- migration wagtailcore 0035_page_last_published_at 54d0d7e199f39d02
-- migration wagtailcore 0036_populate_page_last_published_at 5ca7b8c7b2ee598e
-- migration wagtailcore 0037_set_page_owner_editable 4d500a6059471851
-- migration wagtailcore 0038_make_first_published_at_editable 5a987c60fe3a1ee9
-- migration wagtailcore 0039_collectionviewrestriction df7d95a80ca958ce
-- migration wagtailcore 0040_page_draft_title 4c6c9eefd5e9ccd1
-- migration wagtailcore 0041_group_collection_permissions_verbose_name_plural 71b468024ec4733b
-- migration wagtailcore 0042_index_on_pagerevision_approved_go_live_at 2cbafdbb2ea429b4
-- migration wagtailcore 0043_lock_fields ed3b4350910be05f
-- migration wagtailcore 0044_add_unlock_grouppagepermission afe9599444e9fade
-- migration wagtailcore 0045_assign_unlock_grouppagepermission cf179eed03b8e6d2
-- migration wagtailcore 0046_site_name_remove_null 9888cafb23286c1d
-- migration wagtailcore 0047_add_workflow_models 2048996916614d0d
-- migration wagtailcore 0048_add_default_workflows af78db1d42f61524
-- migration wagtailcore 0049_taskstate_finished_by f5f2bca3716c52d8
-- migration wagtailcore 0050_workflow_rejected_to_needs_changes 5c0cdb9025c34923
-- migration wagtailcore 0051_taskstate_comment 0e10a5d370d68cf0
-- migration wagtailcore 0052_pagelogentry 2464223600985305
-- migration wagtailcore 0053_locale_model bfd6fba56a11a9f0
-- migration wagtailcore 0054_initial_locale 94122ab10b32b608
-- migration wagtailcore 0055_page_locale_fields 0bfa4f4932b7ff3e
-- migration wagtailcore 0056_page_locale_fields_populate a5cfb4f23860f576
-- migration wagtailcore 0057_page_locale_fields_notnull 8cb584fc83fac322
-- migration wagtailcore 0058_page_alias_of 478581f22c8083ef
-- migration wagtailcore 0059_apply_collection_ordering 36d535fa96a194a5
-- migration wagtailcore 0060_fix_workflow_unique_constraint 883117a3b45cf863
-- migration wagtailcore 0061_change_promote_tab_helpt_text_and_verbose_names f303f2415229c5ad
-- migration wagtailcore 0062_comment_models_and_pagesubscription 0704ed51a560bac7
-- migration wagtailcore 0063_modellogentry 7f67fc0f5c40fecf
-- migration wagtailcore 0064_log_timestamp_indexes ee7bad344df803c8
-- migration wagtailcore 0065_log_entry_uuid a5b71e830e641059
-- migration wagtailcore 0066_collection_management_permissions dfc28f96014d8412
-- migration wagtailcore 0067_alter_pagerevision_content_json 2ab4c77f237f7afd
-- migration wagtailcore 0068_log_entry_empty_object c5e51c974fdcb28a
-- migration wagtailcore 0069_log_entry_jsonfield 70b22160eb859fe4
-- migration wagtailcore 0070_rename_pagerevision_revision 2f27c5b8f8cf9bc6
-- migration wagtailcore 0071_populate_revision_content_type e8fcd9b84549ac4b
-- migration wagtailcore 0072_alter_revision_content_type_notnull 89429dea4c3c5e04
-- migration wagtailcore 0073_page_latest_revision e6c6f3c351387866
-- migration wagtailcore 0074_revision_object_str 3e57999ac0b3d7a3
-- migration wagtailcore 0075_populate_latest_revision_and_revision_object_str c0d75b90900888d7
-- migration wagtailcore 0076_modellogentry_revision f94bb2161f570155
-- migration wagtailcore 0077_alter_revision_user 6b2de9b98a82f11d
-- migration wagtailcore 0078_referenceindex 501b9d4ff7aa3aad
-- migration wagtailcore 0079_rename_taskstate_page_revision 033f1da052468765
-- migration wagtailcore 0080_generic_workflowstate 9c1c523444a78dc6
-- migration wagtailcore 0081_populate_workflowstate_content_type 3f2c80e824b0527c
-- migration wagtailcore 0082_alter_workflowstate_content_type_notnull 017c8b764cca1872
-- migration wagtailcore 0083_workflowcontenttype e480780558060769
-- migration wagtailcore 0084_add_default_page_permissions 6533eff609740444
-- migration wagtailcore 0085_add_grouppagepermission_permission 14255d76b2debbc9
-- migration wagtailcore 0086_populate_grouppagepermission_permission bd8b17615a7ecca2
-- migration wagtailcore 0087_alter_grouppagepermission_unique_together_and_more 9f5bcc927b35ce33
-- migration wagtailcore 0088_fix_log_entry_json_timestamps e5afc01f4a8cd17f
-- migration wagtailcore 0089_log_entry_data_json_null_to_object 06c80b0a050ecdcb
-- migration wagtailcore 0090_remove_grouppagepermission_permission_type 281e571eb78905c2
-- migration wagtailcore 0091_remove_revision_submitted_for_moderation 66f520f7ab7205fc
-- migration wagtailcore 0092_alter_collectionviewrestriction_password_and_more 44955a20f45f77e0
-- migration wagtailcore 0093_uploadedfile c02885138ca13372
-- migration wagtailcore 0094_alter_page_locale 14d6c54cae836d6d
-- migration wagtailcore 0095_groupsitepermission 578cbf14db2f7eb4
-- migration wagtailcore 0096_referenceindex_referenceindex_source_object_and_more 94d1cc9527502c49
-- migration wagtailcore 0097_baselogentry_uuid_action_timestamp_indexes 038c7d89861a592d
-- migration wagtailcore 0098_apitoken 591ddb5d33ebf911
-- migration wagtaildocs 0001_initial a6847d3092006d3a
-- migration wagtaildocs 0002_initial_data 9cc33694f10ce040
-- migration wagtaildocs 0003_add_verbose_names 2ee10fdad320f232
-- migration wagtaildocs 0004_capitalizeverbose 4651d6a0b6ce05dc
-- migration wagtaildocs 0005_alter_uploaded_by_user_on_delete_action 95ba0c8e03bd5cf6
-- migration wagtaildocs 0005_document_collection 81f9c182c531bff3
-- migration wagtaildocs 0006_copy_document_permissions_to_collections 48117f735ebe3b6e
-- migration wagtaildocs 0007_merge d479b02a6ffa0af1
-- migration wagtaildocs 0008_document_file_size cc62bdd440414b23
-- migration wagtaildocs 0009_document_verbose_name_plural 4d3a685a9446d3b7
-- migration wagtaildocs 0010_document_file_hash 80687d1b5b7ba780
-- migration wagtaildocs 0011_add_choose_permissions e5a96a131812b02f
-- migration wagtaildocs 0012_uploadeddocument 8c60f611a5d5d4da
-- migration wagtaildocs 0013_delete_uploadeddocument da2f6d9b8afee4f9
-- migration wagtaildocs 0014_alter_document_file_size 4ea1c485f5c6157d
-- migration wagtailimages 0001_initial fe18cd6be8eb40ea
-- migration wagtailimages 0001_squashed_0021 daed4ad0904d5f2f
-- migration wagtailimages 0002_initial_data 205c11cfbd2f7030
-- migration wagtailimages 0003_fix_focal_point_fields 91d854b1dbc7f81e
-- migration wagtailimages 0004_make_focal_point_key_not_nullable d8ba85af96195a21
-- migration wagtailimages 0005_make_filter_spec_unique 20fa306ad9d56060
-- migration wagtailimages 0006_add_verbose_names 22bd284a06331caf
-- migration wagtailimages 0007_image_file_size 2dd6a2ecbed86d89
-- migration wagtailimages 0008_image_created_at_index fabcd0f908be61a1
-- migration wagtailimages 0009_capitalizeverbose 5aa100d9244322da
-- migration wagtailimages 0010_change_on_delete_behaviour 7102fb52fe3e2261
-- migration wagtailimages 0011_image_collection 1cee56cfcdc0a9eb
-- migration wagtailimages 0012_copy_image_permissions_to_collections 5569501759e9a7b0
-- migration wagtailimages 0013_make_rendition_upload_callable 9c882b1d3e320f81
-- migration wagtailimages 0014_add_filter_spec_field cfb5cd34b7fa1350
-- migration wagtailimages 0015_fill_filter_spec_field 4c77803737013108
-- migration wagtailimages 0016_deprecate_rendition_filter_relation 2e201ffab6d54bee
-- migration wagtailimages 0017_reduce_focal_point_key_max_length 10eee49449046b33
-- migration wagtailimages 0018_remove_rendition_filter 05b4722063b74868
-- migration wagtailimages 0019_delete_filter 5ea2dddeb669e5ce
-- migration wagtailimages 0020_add-verbose-name 19985bc6729de25f
-- migration wagtailimages 0021_image_file_hash 9b4297dd851d089f
-- migration wagtailimages 0022_uploadedimage 9793ee6186278181
-- migration wagtailimages 0023_add_choose_permissions 37f2b23c43135be6
-- migration wagtailimages 0024_index_image_file_hash c204e1dbef4c5549
-- migration wagtailimages 0025_alter_image_file_alter_rendition_file bba3a6ba48a00247
-- migration wagtailimages 0026_delete_uploadedimage 7035d27dab2f3775
-- migration wagtailimages 0027_image_description 621fef7dd6855f02
-- migration wagtailredirects 0001_initial aa1e98ddab8a5d1b
-- migration wagtailredirects 0002_add_verbose_names 6ad4f6047285e382
-- migration wagtailredirects 0003_make_site_field_editable 8140fdb4e944cc0e
-- migration wagtailredirects 0004_set_unique_on_path_and_site c38947febcf2153d
-- migration wagtailredirects 0005_capitalizeverbose 7d22e7038deb74ad
-- migration wagtailredirects 0006_redirect_increase_max_length 8bd866d61544c871
-- migration wagtailredirects 0007_add_autocreate_fields f2f08cd09dba22de
-- migration wagtailredirects 0008_add_verbose_name_plural 2597a885595295dd
-- migration wagtailsearch 0001_initial 93148b99b95c2b39
-- migration wagtailsearch 0002_add_verbose_names 3c72290f71b53cbb
-- migration wagtailsearch 0003_remove_editors_pick 60dede9f42ba836c
-- migration wagtailsearch 0004_querydailyhits_verbose_name_plural 79bf566c7724381b
-- migration wagtailsearch 0005_create_indexentry 2ef478982beaadf1
-- migration wagtailsearch 0006_customise_indexentry 072b86ec4468c82b
-- migration wagtailsearch 0007_delete_editorspick 49417cfd296b2e60
-- migration wagtailsearch 0008_remove_query_and_querydailyhits_models 34205d79c48af0ae
-- migration wagtailsearch 0009_remove_ngram_autocomplete 0cc43abf34455183
-- migration wagtailsearch 0010_add_text_fields c56cd3498aaa9368
-- migration wagtailusers 0001_initial 45a8c1ec67422390
-- migration wagtailusers 0002_add_verbose_name_on_userprofile 2a4c434837ee5c9c
-- migration wagtailusers 0003_add_verbose_names 9590c0e99d195868
-- migration wagtailusers 0004_capitalizeverbose 327e5a4b51ff493d
-- migration wagtailusers 0005_make_related_name_wagtail_specific 45dfa0294cdd846e
-- migration wagtailusers 0006_userprofile_prefered_language 636c4e036df13cd0
-- migration wagtailusers 0007_userprofile_current_time_zone 435fd383a877469f
-- migration wagtailusers 0008_userprofile_avatar 2ee737254928fc2a
-- migration wagtailusers 0009_userprofile_verbose_name_plural ca8286fe2e29e576
-- migration wagtailusers 0010_userprofile_updated_comments_notifications 97033bd05c0811a3
-- migration wagtailusers 0011_userprofile_dismissibles b6381984386e17fb
-- migration wagtailusers 0012_userprofile_theme fb079398fa7eddf6
-- migration wagtailusers 0013_userprofile_density 934baa45fe42a41a
-- migration wagtailusers 0014_userprofile_contrast 3f44752ffd8d5c2f
-- migration wagtailusers 0015_userprofile_keyboard_shortcuts b861c0bc6f5a7a98
BEGIN;
CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL);
CREATE TABLE "auth_group_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "auth_user_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "auth_user_user_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "django_admin_log" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" text NULL, "object_repr" varchar(200) NOT NULL, "action_flag" smallint unsigned NOT NULL CHECK ("action_flag" >= 0), "change_message" text NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "action_time" datetime NOT NULL);
CREATE TABLE "django_content_type" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app_label" varchar(100) NOT NULL, "model" varchar(100) NOT NULL);
CREATE TABLE "auth_permission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "codename" varchar(100) NOT NULL, "name" varchar(255) NOT NULL);
CREATE TABLE "auth_group" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE, "last_name" varchar(150) NOT NULL, "email" varchar(254) NOT NULL, "is_staff" bool NOT NULL, "is_active" bool NOT NULL, "date_joined" datetime NOT NULL, "first_name" varchar(150) NOT NULL);
CREATE TABLE "axes_accessattempt" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_agent" varchar(255) NOT NULL, "ip_address" char(39) NULL, "username" varchar(255) NULL, "http_accept" varchar(1025) NOT NULL, "path_info" varchar(255) NOT NULL, "attempt_time" datetime NOT NULL, "get_data" text NOT NULL, "post_data" text NOT NULL, "failures_since_start" integer unsigned NOT NULL CHECK ("failures_since_start" >= 0));
CREATE TABLE "axes_accessfailurelog" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_agent" varchar(255) NOT NULL, "ip_address" char(39) NULL, "username" varchar(255) NULL, "http_accept" varchar(1025) NOT NULL, "path_info" varchar(255) NOT NULL, "attempt_time" datetime NOT NULL, "locked_out" bool NOT NULL);
CREATE TABLE "axes_accesslog" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_agent" varchar(255) NOT NULL, "ip_address" char(39) NULL, "username" varchar(255) NULL, "http_accept" varchar(1025) NOT NULL, "path_info" varchar(255) NOT NULL, "attempt_time" datetime NOT NULL, "logout_time" datetime NULL, "session_hash" varchar(64) NOT NULL);
CREATE TABLE "axes_accessattemptexpiration" ("access_attempt_id" integer NOT NULL PRIMARY KEY REFERENCES "axes_accessattempt" ("id") DEFERRABLE INITIALLY DEFERRED, "expires_at" datetime NOT NULL);
CREATE TABLE "core_publicationsettings" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name_en" varchar(80) NOT NULL, "tagline_en" varchar(160) NOT NULL, "sender_name_en" varchar(80) NOT NULL, "name_be" varchar(80) NOT NULL, "tagline_be" varchar(160) NOT NULL, "sender_name_be" varchar(80) NOT NULL, "name_ru" varchar(80) NOT NULL, "tagline_ru" varchar(160) NOT NULL, "sender_name_ru" varchar(80) NOT NULL, "follow_links" text NOT NULL CHECK ((JSON_VALID("follow_links") OR "follow_links" IS NULL)));
CREATE TABLE "django_otp_webauthn_webauthncredential" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(64) NOT NULL, "confirmed" bool NOT NULL, "credential_type" varchar(32) NOT NULL, "credential_id" BLOB NOT NULL, "public_key" BLOB NOT NULL, "transports" text NOT NULL CHECK ((JSON_VALID("transports") OR "transports" IS NULL)), "sign_count" integer unsigned NOT NULL CHECK ("sign_count" >= 0), "backup_eligible" bool NOT NULL, "backup_state" bool NOT NULL, "created_at" datetime NULL, "last_used_at" datetime NULL, "aaguid" varchar(36) NOT NULL, "credential_id_sha256" varchar(64) NOT NULL UNIQUE, "discoverable" bool NULL, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "django_otp_webauthn_webauthnattestation" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "fmt" varchar(255) NOT NULL, "data" BLOB NOT NULL, "client_data_json" BLOB NOT NULL, "credential_id" bigint NOT NULL UNIQUE REFERENCES "django_otp_webauthn_webauthncredential" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "django_otp_webauthn_webauthnuserhandle" ("handle_hex" varchar(128) NOT NULL UNIQUE, "user_id" integer NOT NULL PRIMARY KEY REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "django_tasks_database_dbtaskresult" ("id" char(32) NOT NULL PRIMARY KEY, "args_kwargs" text NOT NULL CHECK ((JSON_VALID("args_kwargs") OR "args_kwargs" IS NULL)), "priority" integer NOT NULL, "task_path" text NOT NULL, "queue_name" varchar(32) NOT NULL, "backend_name" varchar(32) NOT NULL, "run_after" datetime NOT NULL, "enqueued_at" datetime NOT NULL, "finished_at" datetime NULL, "started_at" datetime NULL, "return_value" text NULL CHECK ((JSON_VALID("return_value") OR "return_value" IS NULL)), "exception_class_path" text NOT NULL, "traceback" text NOT NULL, "worker_ids" text NOT NULL CHECK ((JSON_VALID("worker_ids") OR "worker_ids" IS NULL)), "status" varchar(10) NOT NULL, CONSTRAINT "priority_range" CHECK ("priority" BETWEEN -100 AND 100));
CREATE TABLE "wagtailcore_collection" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "path" varchar(255) NOT NULL UNIQUE, "depth" integer unsigned NOT NULL CHECK ("depth" >= 0), "numchild" integer unsigned NOT NULL CHECK ("numchild" >= 0), "name" varchar(255) NOT NULL);
CREATE TABLE "wagtailcore_groupcollectionpermission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "collection_id" integer NOT NULL REFERENCES "wagtailcore_collection" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailimages_rendition" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "width" integer NOT NULL, "height" integer NOT NULL, "focal_point_key" varchar(16) NOT NULL, "filter_spec" varchar(255) NOT NULL, "image_id" integer NOT NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "file" varchar(100) NOT NULL);
CREATE TABLE "wagtailimages_image" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(255) NOT NULL, "file" varchar(100) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "created_at" datetime NOT NULL, "focal_point_x" integer unsigned NULL CHECK ("focal_point_x" >= 0), "focal_point_y" integer unsigned NULL CHECK ("focal_point_y" >= 0), "focal_point_width" integer unsigned NULL CHECK ("focal_point_width" >= 0), "focal_point_height" integer unsigned NULL CHECK ("focal_point_height" >= 0), "uploaded_by_user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "file_size" integer unsigned NULL CHECK ("file_size" >= 0), "collection_id" integer NOT NULL REFERENCES "wagtailcore_collection" ("id") DEFERRABLE INITIALLY DEFERRED, "file_hash" varchar(40) NOT NULL, "description" varchar(255) NOT NULL);
CREATE TABLE "wagtaildocs_document" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(255) NOT NULL, "file" varchar(100) NOT NULL, "created_at" datetime NOT NULL, "uploaded_by_user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "collection_id" integer NOT NULL REFERENCES "wagtailcore_collection" ("id") DEFERRABLE INITIALLY DEFERRED, "file_hash" varchar(40) NOT NULL, "file_size" bigint unsigned NULL CHECK ("file_size" >= 0));
CREATE TABLE "wagtailcore_pageviewrestriction_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "pageviewrestriction_id" integer NOT NULL REFERENCES "wagtailcore_pageviewrestriction" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_pageviewrestriction" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(255) NOT NULL, "page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "restriction_type" varchar(20) NOT NULL);
CREATE TABLE "wagtailcore_collectionviewrestriction" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "restriction_type" varchar(20) NOT NULL, "password" varchar(255) NOT NULL, "collection_id" integer NOT NULL REFERENCES "wagtailcore_collection" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_collectionviewrestriction_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "collectionviewrestriction_id" integer NOT NULL REFERENCES "wagtailcore_collectionviewrestriction" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_site" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "hostname" varchar(255) NOT NULL, "port" integer NOT NULL, "is_default_site" bool NOT NULL, "root_page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "site_name" varchar(255) NOT NULL);
CREATE TABLE "wagtailcore_task" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(255) NOT NULL, "active" bool NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_workflow" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(255) NOT NULL, "active" bool NOT NULL);
CREATE TABLE "wagtailcore_groupapprovaltask" ("task_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_task" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_workflowpage" ("page_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "workflow_id" integer NOT NULL REFERENCES "wagtailcore_workflow" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_workflowtask" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "sort_order" integer NULL, "task_id" integer NOT NULL REFERENCES "wagtailcore_task" ("id") DEFERRABLE INITIALLY DEFERRED, "workflow_id" integer NOT NULL REFERENCES "wagtailcore_workflow" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_groupapprovaltask_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "groupapprovaltask_id" integer NOT NULL REFERENCES "wagtailcore_groupapprovaltask" ("task_ptr_id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_locale" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "language_code" varchar(100) NOT NULL UNIQUE);
CREATE TABLE "wagtailcore_page" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "path" varchar(255) NOT NULL UNIQUE, "depth" integer unsigned NOT NULL CHECK ("depth" >= 0), "numchild" integer unsigned NOT NULL CHECK ("numchild" >= 0), "title" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "live" bool NOT NULL, "has_unpublished_changes" bool NOT NULL, "url_path" text NOT NULL, "seo_title" varchar(255) NOT NULL, "show_in_menus" bool NOT NULL, "search_description" text NOT NULL, "go_live_at" datetime NULL, "expire_at" datetime NULL, "expired" bool NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "owner_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "locked" bool NOT NULL, "latest_revision_created_at" datetime NULL, "first_published_at" datetime NULL, "live_revision_id" integer NULL REFERENCES "wagtailcore_revision" ("id") DEFERRABLE INITIALLY DEFERRED, "last_published_at" datetime NULL, "draft_title" varchar(255) NOT NULL, "locked_at" datetime NULL, "locked_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "translation_key" char(32) NOT NULL, "alias_of_id" integer NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "latest_revision_id" integer NULL REFERENCES "wagtailcore_revision" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_commentreply" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "text" text NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "comment_id" integer NOT NULL REFERENCES "wagtailcore_comment" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_pagesubscription" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "comment_notifications" bool NOT NULL, "page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_string" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "data_hash" char(32) NOT NULL, "data" text NOT NULL, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_template" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "uuid" char(32) NOT NULL UNIQUE, "template" text NOT NULL, "template_format" varchar(100) NOT NULL, "string_count" integer unsigned NOT NULL CHECK ("string_count" >= 0));
CREATE TABLE "wagtail_localize_translatableobject" ("translation_key" char(32) NOT NULL PRIMARY KEY, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_templatesegment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "order" integer unsigned NOT NULL CHECK ("order" >= 0), "context_id" integer NOT NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED, "template_id" integer NOT NULL REFERENCES "wagtail_localize_template" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_stringsegment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "order" integer unsigned NOT NULL CHECK ("order" >= 0), "attrs" text NOT NULL, "context_id" integer NOT NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED, "string_id" integer NOT NULL REFERENCES "wagtail_localize_string" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_relatedobjectsegment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "order" integer unsigned NOT NULL CHECK ("order" >= 0), "context_id" integer NOT NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "object_id" char(32) NOT NULL REFERENCES "wagtail_localize_translatableobject" ("translation_key") DEFERRABLE INITIALLY DEFERRED, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_comment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "text" text NOT NULL, "contentpath" text NOT NULL, "position" text NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "resolved_at" datetime NULL, "page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "resolved_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "revision_created_id" integer NULL REFERENCES "wagtailcore_revision" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_referenceindex" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" varchar(255) NOT NULL, "to_object_id" varchar(255) NOT NULL, "model_path" text NOT NULL, "content_path" text NOT NULL, "content_path_hash" char(32) NOT NULL, "base_content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "to_content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_taskstate" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "status" varchar(50) NOT NULL, "started_at" datetime NOT NULL, "finished_at" datetime NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "task_id" integer NOT NULL REFERENCES "wagtailcore_task" ("id") DEFERRABLE INITIALLY DEFERRED, "workflow_state_id" integer NOT NULL REFERENCES "wagtailcore_workflowstate" ("id") DEFERRABLE INITIALLY DEFERRED, "finished_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "comment" text NOT NULL, "revision_id" integer NOT NULL REFERENCES "wagtailcore_revision" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_workflowstate" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "status" varchar(50) NOT NULL, "created_at" datetime NOT NULL, "current_task_state_id" integer NULL UNIQUE REFERENCES "wagtailcore_taskstate" ("id") DEFERRABLE INITIALLY DEFERRED, "requested_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "workflow_id" integer NOT NULL REFERENCES "wagtailcore_workflow" ("id") DEFERRABLE INITIALLY DEFERRED, "object_id" varchar(255) NOT NULL, "base_content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_workflowcontenttype" ("content_type_id" integer NOT NULL PRIMARY KEY REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "workflow_id" integer NOT NULL REFERENCES "wagtailcore_workflow" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_modellogentry" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label" text NOT NULL, "action" varchar(255) NOT NULL, "timestamp" datetime NOT NULL, "content_changed" bool NOT NULL, "deleted" bool NOT NULL, "object_id" varchar(255) NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NULL, "uuid" char(32) NULL, "revision_id" integer NULL, "data" text NOT NULL CHECK ((JSON_VALID("data") OR "data" IS NULL)));
CREATE TABLE "wagtailcore_pagelogentry" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label" text NOT NULL, "action" varchar(255) NOT NULL, "timestamp" datetime NOT NULL, "content_changed" bool NOT NULL, "deleted" bool NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "page_id" integer NOT NULL, "revision_id" integer NULL, "user_id" integer NULL, "uuid" char(32) NULL, "data" text NOT NULL CHECK ((JSON_VALID("data") OR "data" IS NULL)));
CREATE TABLE "wagtailcore_grouppagepermission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "unique_permission" UNIQUE ("group_id", "page_id", "permission_id"));
CREATE TABLE "wagtailcore_revision" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "approved_go_live_at" datetime NULL, "user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "content" text NOT NULL CHECK ((JSON_VALID("content") OR "content" IS NULL)), "object_id" varchar(255) NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "base_content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "object_str" text NOT NULL);
CREATE TABLE "wagtailcore_uploadedfile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "file" varchar(200) NOT NULL, "for_content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "uploaded_by_user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_groupsitepermission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED, "site_id" integer NOT NULL REFERENCES "wagtailcore_site" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_apitoken" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(255) NOT NULL, "key_hash" varchar(64) NOT NULL UNIQUE, "prefix" varchar(16) NOT NULL, "created" datetime NOT NULL, "revoked_at" datetime NULL, "last_used_at" datetime NULL, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailadmin_admin" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT);
CREATE TABLE "wagtailadmin_editingsession" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" varchar(255) NOT NULL, "last_seen_at" datetime NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "is_editing" bool NOT NULL);
CREATE TABLE "wagtailadmin_formstate" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "data" text NOT NULL, "object_id" varchar(255) NOT NULL, "parent_object_id" varchar(255) NOT NULL, "last_updated_at" datetime NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_translation" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "uuid" char(32) NOT NULL UNIQUE, "created_at" datetime NOT NULL, "translations_last_updated_at" datetime NULL, "destination_last_updated_at" datetime NULL, "enabled" bool NOT NULL, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED, "target_locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_stringtranslation" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "data" text NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "context_id" integer NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "translation_of_id" integer NOT NULL REFERENCES "wagtail_localize_string" ("id") DEFERRABLE INITIALLY DEFERRED, "tool_name" varchar(255) NOT NULL, "translation_type" varchar(20) NOT NULL, "last_translated_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_error" text NOT NULL, "has_error" bool NOT NULL);
CREATE TABLE "wagtail_localize_overridablesegment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "order" integer unsigned NOT NULL CHECK ("order" >= 0), "data_json" text NOT NULL, "context_id" integer NOT NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_segmentoverride" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "data_json" text NOT NULL, "has_error" bool NOT NULL, "field_error" text NOT NULL, "context_id" integer NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "last_translated_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_localesynchronization" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "locale_id" integer NOT NULL UNIQUE REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "sync_from_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_translationsource" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_repr" text NOT NULL, "content_json" text NOT NULL, "created_at" datetime NOT NULL, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "object_id" char(32) NOT NULL REFERENCES "wagtail_localize_translatableobject" ("translation_key") DEFERRABLE INITIALLY DEFERRED, "specific_content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "last_updated_at" datetime NOT NULL, "schema_version" varchar(255) NOT NULL);
CREATE TABLE "wagtail_localize_translationcontext" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "path_id" char(32) NOT NULL, "path" text NOT NULL, "object_id" char(32) NOT NULL REFERENCES "wagtail_localize_translatableobject" ("translation_key") DEFERRABLE INITIALLY DEFERRED, "field_path" text NOT NULL);
CREATE TABLE "wagtail_localize_translationlog" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED, "revision_id" integer NULL REFERENCES "wagtailcore_revision" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "publishing_homepage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "intro" text NOT NULL);
CREATE TABLE "publishing_issueindexpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "publishing_issuepage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "week_start" date NOT NULL, "custom_title" varchar(255) NOT NULL, "summary" text NOT NULL);
CREATE TABLE "publishing_author" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "translation_key" char(32) NOT NULL, "name" varchar(120) NOT NULL, "bio" text NOT NULL, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "photo_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "publishing_articleauthor" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "sort_order" integer NULL, "article_id" integer NOT NULL REFERENCES "publishing_articlepage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "author_id" bigint NOT NULL REFERENCES "publishing_author" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "publishing_relatedarticle" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "sort_order" integer NULL, "article_id" integer NOT NULL REFERENCES "publishing_articlepage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "page_id" integer NOT NULL REFERENCES "publishing_articlepage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "publishing_topic" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "translation_key" char(32) NOT NULL, "name" varchar(120) NOT NULL, "slug" varchar(80) NOT NULL, "description" text NOT NULL, "sort_order" smallint unsigned NOT NULL CHECK ("sort_order" >= 0), "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "unique_topic_slug_per_locale" UNIQUE ("locale_id", "slug"));
CREATE TABLE "publishing_articlepage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "lead" text NOT NULL, "trend" varchar(16) NOT NULL, "featured_image_alt" varchar(300) NOT NULL, "featured_image_caption" varchar(300) NOT NULL, "featured_image_credit" varchar(200) NOT NULL, "featured_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "issue_week_id" integer NULL REFERENCES "publishing_issuepage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "topic_id" bigint NOT NULL REFERENCES "publishing_topic" ("id") DEFERRABLE INITIALLY DEFERRED, "body" text NOT NULL CHECK ((JSON_VALID("body") OR "body" IS NULL)));
CREATE TABLE "newsletter_deliverybatch" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "status" varchar(16) NOT NULL, "claimed_by" varchar(100) NOT NULL, "lease_expires_at" datetime NULL, "not_before" datetime NULL, "attempts" smallint unsigned NOT NULL CHECK ("attempts" >= 0), "campaign_id" bigint NOT NULL REFERENCES "newsletter_campaign" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "newsletter_subscriber" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "email_hash" varchar(64) NOT NULL UNIQUE, "email_encrypted" BLOB NULL, "status" varchar(16) NOT NULL, "language" varchar(8) NOT NULL, "topics" text NOT NULL CHECK ((JSON_VALID("topics") OR "topics" IS NULL)), "consent_source" varchar(200) NOT NULL, "confirmation_nonce" varchar(32) NOT NULL, "link_secret" varchar(32) NOT NULL, "bounce_count" smallint unsigned NOT NULL CHECK ("bounce_count" >= 0), "created_at" datetime NOT NULL, "requested_at" datetime NULL, "confirmed_at" datetime NULL, "unsubscribed_at" datetime NULL, "unsubscribe_source" varchar(32) NOT NULL);
CREATE TABLE "newsletter_delivery" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "status" varchar(16) NOT NULL, "attempts" smallint unsigned NOT NULL CHECK ("attempts" >= 0), "last_error" varchar(500) NOT NULL, "sent_at" datetime NULL, "updated_at" datetime NOT NULL, "campaign_id" bigint NOT NULL REFERENCES "newsletter_campaign" ("id") DEFERRABLE INITIALLY DEFERRED, "batch_id" bigint NULL REFERENCES "newsletter_deliverybatch" ("id") DEFERRABLE INITIALLY DEFERRED, "subscriber_id" bigint NOT NULL REFERENCES "newsletter_subscriber" ("id") DEFERRABLE INITIALLY DEFERRED, "handed_at" datetime NULL, CONSTRAINT "one_delivery_per_subscriber" UNIQUE ("campaign_id", "subscriber_id"));
CREATE TABLE "newsletter_campaign" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "status" varchar(16) NOT NULL, "created_at" datetime NOT NULL, "scheduled_for" datetime NULL, "started_at" datetime NULL, "finished_at" datetime NULL, "pause_reason" varchar(300) NOT NULL, "connection_errors" integer unsigned NOT NULL CHECK ("connection_errors" >= 0), "recipients_up_to" bigint NULL, "frozen_at" datetime NULL, "created_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "issue_id" integer NOT NULL UNIQUE REFERENCES "publishing_issuepage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "started_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "started_via" varchar(16) NOT NULL);
CREATE TABLE "newsletter_signuprequest" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "email_hash" varchar(64) NOT NULL, "email_encrypted" BLOB NOT NULL, "language" varchar(8) NOT NULL, "topics" text NOT NULL CHECK ((JSON_VALID("topics") OR "topics" IS NULL)), "consent_source" varchar(200) NOT NULL, "created_at" datetime NOT NULL);
CREATE TABLE "sitrep_ratelimit_cache" (
    "cache_key" varchar(255) NOT NULL PRIMARY KEY,
    "value" text NOT NULL,
    "expires" datetime NOT NULL
);
CREATE TABLE "otp_static_statictoken" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "token" varchar(16) NOT NULL, "device_id" integer NOT NULL REFERENCES "otp_static_staticdevice" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "otp_static_staticdevice" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(64) NOT NULL, "confirmed" bool NOT NULL, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "throttling_failure_count" integer unsigned NOT NULL CHECK ("throttling_failure_count" >= 0), "throttling_failure_timestamp" datetime NULL, "created_at" datetime NULL, "last_used_at" datetime NULL);
CREATE TABLE "otp_totp_totpdevice" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(64) NOT NULL, "confirmed" bool NOT NULL, "key" varchar(80) NOT NULL, "step" smallint unsigned NOT NULL CHECK ("step" >= 0), "t0" bigint NOT NULL, "digits" smallint unsigned NOT NULL CHECK ("digits" >= 0), "tolerance" smallint unsigned NOT NULL CHECK ("tolerance" >= 0), "drift" smallint NOT NULL, "last_t" bigint NOT NULL, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "throttling_failure_count" integer unsigned NOT NULL CHECK ("throttling_failure_count" >= 0), "throttling_failure_timestamp" datetime NULL, "created_at" datetime NULL, "last_used_at" datetime NULL);
CREATE TABLE "django_session" ("session_key" varchar(40) NOT NULL PRIMARY KEY, "session_data" text NOT NULL, "expire_date" datetime NOT NULL);
CREATE TABLE "sitesearch_searchalias" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label" varchar(120) NOT NULL, "names" text NOT NULL);
CREATE TABLE "taggit_taggeditem" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" integer NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "tag_id" integer NOT NULL REFERENCES "taggit_tag" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "taggit_taggeditem_content_type_id_object_id_tag_id_4bb97a8e_uniq" UNIQUE ("content_type_id", "object_id", "tag_id"));
CREATE TABLE "taggit_tag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL UNIQUE, "slug" varchar(100) NOT NULL UNIQUE);
CREATE TABLE "wagtailredirects_redirect" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "old_path" varchar(255) NOT NULL, "is_permanent" bool NOT NULL, "redirect_link" varchar(255) NOT NULL, "redirect_page_id" integer NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "site_id" integer NULL REFERENCES "wagtailcore_site" ("id") DEFERRABLE INITIALLY DEFERRED, "automatically_created" bool NOT NULL, "created_at" datetime NULL, "redirect_page_route_path" varchar(255) NOT NULL);
CREATE TABLE "wagtailsearch_indexentry" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" varchar(50) NOT NULL, "title_norm" real NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "autocomplete" text NULL, "body" text NULL, "title" text NOT NULL);
CREATE VIRTUAL TABLE wagtailsearch_indexentry_fts USING fts5(autocomplete, body, title);
CREATE TABLE "wagtailusers_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "submitted_notifications" bool NOT NULL, "approved_notifications" bool NOT NULL, "rejected_notifications" bool NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "preferred_language" varchar(10) NOT NULL, "current_time_zone" varchar(40) NOT NULL, "avatar" varchar(100) NOT NULL, "updated_comments_notifications" bool NOT NULL, "dismissibles" text NOT NULL CHECK ((JSON_VALID("dismissibles") OR "dismissibles" IS NULL)), "theme" varchar(40) NOT NULL, "density" varchar(40) NOT NULL, "contrast" varchar(40) NOT NULL, "keyboard_shortcuts" bool NOT NULL);
INSERT INTO "django_migrations" VALUES(1,'contenttypes','0001_initial','2026-12-07 03:21:29.381208');
INSERT INTO "django_migrations" VALUES(2,'auth','0001_initial','2026-12-07 03:21:29.399078');
INSERT INTO "django_migrations" VALUES(3,'admin','0001_initial','2026-12-07 03:21:29.408289');
INSERT INTO "django_migrations" VALUES(4,'admin','0002_logentry_remove_auto_add','2026-12-07 03:21:29.423992');
INSERT INTO "django_migrations" VALUES(5,'admin','0003_logentry_add_action_flag_choices','2026-12-07 03:21:29.432405');
INSERT INTO "django_migrations" VALUES(6,'contenttypes','0002_remove_content_type_name','2026-12-07 03:21:29.456387');
INSERT INTO "django_migrations" VALUES(7,'auth','0002_alter_permission_name_max_length','2026-12-07 03:21:29.473304');
INSERT INTO "django_migrations" VALUES(8,'auth','0003_alter_user_email_max_length','2026-12-07 03:21:29.488317');
INSERT INTO "django_migrations" VALUES(9,'auth','0004_alter_user_username_opts','2026-12-07 03:21:29.500550');
INSERT INTO "django_migrations" VALUES(10,'auth','0005_alter_user_last_login_null','2026-12-07 03:21:29.514936');
INSERT INTO "django_migrations" VALUES(11,'auth','0006_require_contenttypes_0002','2026-12-07 03:21:29.515590');
INSERT INTO "django_migrations" VALUES(12,'auth','0007_alter_validators_add_error_messages','2026-12-07 03:21:29.526200');
INSERT INTO "django_migrations" VALUES(13,'auth','0008_alter_user_username_max_length','2026-12-07 03:21:29.537438');
INSERT INTO "django_migrations" VALUES(14,'auth','0009_alter_user_last_name_max_length','2026-12-07 03:21:29.555922');
INSERT INTO "django_migrations" VALUES(15,'auth','0010_alter_group_name_max_length','2026-12-07 03:21:29.566405');
INSERT INTO "django_migrations" VALUES(16,'auth','0011_update_proxy_permissions','2026-12-07 03:21:29.579377');
INSERT INTO "django_migrations" VALUES(17,'auth','0012_alter_user_first_name_max_length','2026-12-07 03:21:29.826178');
INSERT INTO "django_migrations" VALUES(18,'axes','0001_initial','2026-12-07 03:21:29.828541');
INSERT INTO "django_migrations" VALUES(19,'axes','0002_auto_20151217_2044','2026-12-07 03:21:29.873925');
INSERT INTO "django_migrations" VALUES(20,'axes','0003_auto_20160322_0929','2026-12-07 03:21:29.889631');
INSERT INTO "django_migrations" VALUES(21,'axes','0004_auto_20181024_1538','2026-12-07 03:21:29.901228');
INSERT INTO "django_migrations" VALUES(22,'axes','0005_remove_accessattempt_trusted','2026-12-07 03:21:29.914584');
INSERT INTO "django_migrations" VALUES(23,'axes','0006_remove_accesslog_trusted','2026-12-07 03:21:29.920034');
INSERT INTO "django_migrations" VALUES(24,'axes','0007_alter_accessattempt_unique_together','2026-12-07 03:21:29.942216');
INSERT INTO "django_migrations" VALUES(25,'axes','0008_accessfailurelog','2026-12-07 03:21:29.944254');
INSERT INTO "django_migrations" VALUES(26,'axes','0009_add_session_hash','2026-12-07 03:21:29.951567');
INSERT INTO "django_migrations" VALUES(27,'axes','0010_accessattemptexpiration','2026-12-07 03:21:29.953709');
INSERT INTO "django_migrations" VALUES(28,'core','0001_publication_settings','2026-12-07 03:21:29.960523');
INSERT INTO "django_migrations" VALUES(29,'django_otp_webauthn','0001_initial','2026-12-07 03:21:30.006578');
INSERT INTO "django_migrations" VALUES(30,'django_otp_webauthn','0002_timestamps','2026-12-07 03:21:30.006951');
INSERT INTO "django_migrations" VALUES(31,'django_otp_webauthn','0003_webauthncredential_hash_binary_to_hex','2026-12-07 03:21:30.007134');
INSERT INTO "django_migrations" VALUES(32,'django_otp_webauthn','0004_webauthnuserhandle','2026-12-07 03:21:30.020859');
INSERT INTO "django_migrations" VALUES(33,'django_tasks_database','0001_initial','2026-12-07 03:21:30.027410');
INSERT INTO "django_migrations" VALUES(34,'django_tasks_database','0002_alter_dbtaskresult_options','2026-12-07 03:21:30.029234');
INSERT INTO "django_migrations" VALUES(35,'django_tasks_database','0003_dbtaskresult_enqueued_at_dbtaskresult_finished_at','2026-12-07 03:21:30.049168');
INSERT INTO "django_migrations" VALUES(36,'django_tasks_database','0004_dbtaskresult_started_at','2026-12-07 03:21:30.056032');
INSERT INTO "django_migrations" VALUES(37,'django_tasks_database','0005_alter_dbtaskresult_priority_and_more','2026-12-07 03:21:30.069767');
INSERT INTO "django_migrations" VALUES(38,'django_tasks_database','0006_alter_dbtaskresult_args_kwargs_and_more','2026-12-07 03:21:30.104761');
INSERT INTO "django_migrations" VALUES(39,'django_tasks_database','0007_add_separate_results_fields','2026-12-07 03:21:30.108189');
INSERT INTO "django_migrations" VALUES(40,'django_tasks_database','0008_separate_results_field','2026-12-07 03:21:30.133683');
INSERT INTO "django_migrations" VALUES(41,'django_tasks_database','0009_remove_results_field','2026-12-07 03:21:30.143846');
INSERT INTO "django_migrations" VALUES(42,'django_tasks_database','0010_alter_dbtaskresult_status','2026-12-07 03:21:30.152831');
INSERT INTO "django_migrations" VALUES(43,'django_tasks_database','0011_rename_complete_status','2026-12-07 03:21:30.176116');
INSERT INTO "django_migrations" VALUES(44,'django_tasks_database','0012_add_separate_exception_fields','2026-12-07 03:21:30.198595');
INSERT INTO "django_migrations" VALUES(45,'django_tasks_database','0013_separate_exception_fields','2026-12-07 03:21:30.225838');
INSERT INTO "django_migrations" VALUES(46,'django_tasks_database','0014_remove_dbtaskresult_exception_data','2026-12-07 03:21:30.229494');
INSERT INTO "django_migrations" VALUES(47,'django_tasks_database','0015_correctly_order_run_after','2026-12-07 03:21:30.235465');
INSERT INTO "django_migrations" VALUES(48,'django_tasks_database','0016_remove_dbtaskresult_django_task_new_ordering_idx_and_more','2026-12-07 03:21:30.317541');
INSERT INTO "django_migrations" VALUES(49,'django_tasks_database','0017_dbtaskresult_metadata','2026-12-07 03:21:30.329185');
INSERT INTO "django_migrations" VALUES(50,'django_tasks_database','0018_rename_succeeded_status','2026-12-07 03:21:30.359737');
INSERT INTO "django_migrations" VALUES(51,'django_tasks_database','0019_rename_django_task_new_ordering_idx_tasks_db_new_ordering_idx_and_more','2026-12-07 03:21:30.400045');
INSERT INTO "django_migrations" VALUES(52,'django_tasks_database','0020_update_db_task_result_ordering','2026-12-07 03:21:30.415464');
INSERT INTO "django_migrations" VALUES(53,'django_tasks_database','0021_conditional_partial_index_ordering','2026-12-07 03:21:30.422988');
INSERT INTO "django_migrations" VALUES(54,'wagtailcore','0001_initial','2026-12-07 03:21:30.724764');
INSERT INTO "django_migrations" VALUES(55,'wagtailcore','0002_initial_data','2026-12-07 03:21:30.725117');
INSERT INTO "django_migrations" VALUES(56,'wagtailcore','0003_add_uniqueness_constraint_on_group_page_permission','2026-12-07 03:21:30.725410');
INSERT INTO "django_migrations" VALUES(57,'wagtailcore','0004_page_locked','2026-12-07 03:21:30.725570');
INSERT INTO "django_migrations" VALUES(58,'wagtailcore','0005_add_page_lock_permission_to_moderators','2026-12-07 03:21:30.725706');
INSERT INTO "django_migrations" VALUES(59,'wagtailcore','0006_add_lock_page_permission','2026-12-07 03:21:30.729989');
INSERT INTO "django_migrations" VALUES(60,'wagtailcore','0007_page_latest_revision_created_at','2026-12-07 03:21:30.730203');
INSERT INTO "django_migrations" VALUES(61,'wagtailcore','0008_populate_latest_revision_created_at','2026-12-07 03:21:30.730351');
INSERT INTO "django_migrations" VALUES(62,'wagtailcore','0009_remove_auto_now_add_from_pagerevision_created_at','2026-12-07 03:21:30.730523');
INSERT INTO "django_migrations" VALUES(63,'wagtailcore','0010_change_page_owner_to_null_on_delete','2026-12-07 03:21:30.730734');
INSERT INTO "django_migrations" VALUES(64,'wagtailcore','0011_page_first_published_at','2026-12-07 03:21:30.730933');
INSERT INTO "django_migrations" VALUES(65,'wagtailcore','0012_extend_page_slug_field','2026-12-07 03:21:30.731114');
INSERT INTO "django_migrations" VALUES(66,'wagtailcore','0013_update_golive_expire_help_text','2026-12-07 03:21:30.731268');
INSERT INTO "django_migrations" VALUES(67,'wagtailcore','0014_add_verbose_name','2026-12-07 03:21:30.731393');
INSERT INTO "django_migrations" VALUES(68,'wagtailcore','0015_add_more_verbose_names','2026-12-07 03:21:30.731513');
INSERT INTO "django_migrations" VALUES(69,'wagtailcore','0016_change_page_url_path_to_text_field','2026-12-07 03:21:30.731693');
INSERT INTO "django_migrations" VALUES(70,'wagtailcore','0017_change_edit_page_permission_description','2026-12-07 03:21:30.753545');
INSERT INTO "django_migrations" VALUES(71,'wagtailcore','0018_pagerevision_submitted_for_moderation_index','2026-12-07 03:21:30.797378');
INSERT INTO "django_migrations" VALUES(72,'wagtailcore','0019_verbose_names_cleanup','2026-12-07 03:21:30.936172');
INSERT INTO "django_migrations" VALUES(73,'wagtailcore','0020_add_index_on_page_first_published_at','2026-12-07 03:21:30.965545');
INSERT INTO "django_migrations" VALUES(74,'wagtailcore','0021_capitalizeverbose','2026-12-07 03:21:31.666758');
INSERT INTO "django_migrations" VALUES(75,'wagtailcore','0022_add_site_name','2026-12-07 03:21:31.688588');
INSERT INTO "django_migrations" VALUES(76,'wagtailcore','0023_alter_page_revision_on_delete_behaviour','2026-12-07 03:21:31.722591');
INSERT INTO "django_migrations" VALUES(77,'wagtailcore','0024_collection','2026-12-07 03:21:31.724474');
INSERT INTO "django_migrations" VALUES(78,'wagtailcore','0025_collection_initial_data','2026-12-07 03:21:31.757125');
INSERT INTO "django_migrations" VALUES(79,'wagtailcore','0026_group_collection_permission','2026-12-07 03:21:31.802448');
INSERT INTO "django_migrations" VALUES(80,'taggit','0001_initial','2026-12-07 03:21:31.825073');
INSERT INTO "django_migrations" VALUES(81,'wagtailimages','0001_initial','2026-12-07 03:21:32.013040');
INSERT INTO "django_migrations" VALUES(82,'wagtailimages','0002_initial_data','2026-12-07 03:21:32.013317');
INSERT INTO "django_migrations" VALUES(83,'wagtailimages','0003_fix_focal_point_fields','2026-12-07 03:21:32.013471');
INSERT INTO "django_migrations" VALUES(84,'wagtailimages','0004_make_focal_point_key_not_nullable','2026-12-07 03:21:32.013602');
INSERT INTO "django_migrations" VALUES(85,'wagtailimages','0005_make_filter_spec_unique','2026-12-07 03:21:32.013727');
INSERT INTO "django_migrations" VALUES(86,'wagtailimages','0006_add_verbose_names','2026-12-07 03:21:32.026327');
INSERT INTO "django_migrations" VALUES(87,'wagtailimages','0007_image_file_size','2026-12-07 03:21:32.026655');
INSERT INTO "django_migrations" VALUES(88,'wagtailimages','0008_image_created_at_index','2026-12-07 03:21:32.026829');
INSERT INTO "django_migrations" VALUES(89,'wagtailimages','0009_capitalizeverbose','2026-12-07 03:21:32.026981');
INSERT INTO "django_migrations" VALUES(90,'wagtailimages','0010_change_on_delete_behaviour','2026-12-07 03:21:32.027113');
INSERT INTO "django_migrations" VALUES(91,'wagtailimages','0011_image_collection','2026-12-07 03:21:32.027240');
INSERT INTO "django_migrations" VALUES(92,'wagtailimages','0012_copy_image_permissions_to_collections','2026-12-07 03:21:32.027367');
INSERT INTO "django_migrations" VALUES(93,'wagtailimages','0013_make_rendition_upload_callable','2026-12-07 03:21:32.027491');
INSERT INTO "django_migrations" VALUES(94,'wagtailimages','0014_add_filter_spec_field','2026-12-07 03:21:32.027611');
INSERT INTO "django_migrations" VALUES(95,'wagtailimages','0015_fill_filter_spec_field','2026-12-07 03:21:32.027745');
INSERT INTO "django_migrations" VALUES(96,'wagtailimages','0016_deprecate_rendition_filter_relation','2026-12-07 03:21:32.027877');
INSERT INTO "django_migrations" VALUES(97,'wagtailimages','0017_reduce_focal_point_key_max_length','2026-12-07 03:21:32.027995');
INSERT INTO "django_migrations" VALUES(98,'wagtailimages','0018_remove_rendition_filter','2026-12-07 03:21:32.028117');
INSERT INTO "django_migrations" VALUES(99,'wagtailimages','0019_delete_filter','2026-12-07 03:21:32.028237');
INSERT INTO "django_migrations" VALUES(100,'wagtailimages','0020_add-verbose-name','2026-12-07 03:21:32.381217');
INSERT INTO "django_migrations" VALUES(101,'wagtailimages','0021_image_file_hash','2026-12-07 03:21:32.381475');
INSERT INTO "django_migrations" VALUES(102,'wagtailimages','0022_uploadedimage','2026-12-07 03:21:32.409232');
INSERT INTO "django_migrations" VALUES(103,'wagtailadmin','0001_create_admin_access_permissions','2026-12-07 03:21:32.458647');
INSERT INTO "django_migrations" VALUES(104,'wagtailimages','0023_add_choose_permissions','2026-12-07 03:21:32.558471');
INSERT INTO "django_migrations" VALUES(105,'wagtailimages','0024_index_image_file_hash','2026-12-07 03:21:32.607153');
INSERT INTO "django_migrations" VALUES(106,'wagtailimages','0025_alter_image_file_alter_rendition_file','2026-12-07 03:21:32.658132');
INSERT INTO "django_migrations" VALUES(107,'wagtailimages','0026_delete_uploadedimage','2026-12-07 03:21:32.659230');
INSERT INTO "django_migrations" VALUES(108,'wagtailimages','0027_image_description','2026-12-07 03:21:32.681530');
INSERT INTO "django_migrations" VALUES(109,'wagtaildocs','0001_initial','2026-12-07 03:21:32.742042');
INSERT INTO "django_migrations" VALUES(110,'wagtaildocs','0002_initial_data','2026-12-07 03:21:32.806939');
INSERT INTO "django_migrations" VALUES(111,'wagtaildocs','0003_add_verbose_names','2026-12-07 03:21:32.883127');
INSERT INTO "django_migrations" VALUES(112,'wagtaildocs','0004_capitalizeverbose','2026-12-07 03:21:33.026183');
INSERT INTO "django_migrations" VALUES(113,'wagtaildocs','0005_document_collection','2026-12-07 03:21:33.069344');
INSERT INTO "django_migrations" VALUES(114,'wagtaildocs','0006_copy_document_permissions_to_collections','2026-12-07 03:21:33.108709');
INSERT INTO "django_migrations" VALUES(115,'wagtaildocs','0005_alter_uploaded_by_user_on_delete_action','2026-12-07 03:21:33.139155');
INSERT INTO "django_migrations" VALUES(116,'wagtaildocs','0007_merge','2026-12-07 03:21:33.139850');
INSERT INTO "django_migrations" VALUES(117,'wagtaildocs','0008_document_file_size','2026-12-07 03:21:33.170990');
INSERT INTO "django_migrations" VALUES(118,'wagtaildocs','0009_document_verbose_name_plural','2026-12-07 03:21:33.205158');
INSERT INTO "django_migrations" VALUES(119,'wagtaildocs','0010_document_file_hash','2026-12-07 03:21:33.272332');
INSERT INTO "django_migrations" VALUES(120,'wagtaildocs','0011_add_choose_permissions','2026-12-07 03:21:33.421225');
INSERT INTO "django_migrations" VALUES(121,'wagtaildocs','0012_uploadeddocument','2026-12-07 03:21:33.448211');
INSERT INTO "django_migrations" VALUES(122,'wagtaildocs','0013_delete_uploadeddocument','2026-12-07 03:21:33.449315');
INSERT INTO "django_migrations" VALUES(123,'wagtaildocs','0014_alter_document_file_size','2026-12-07 03:21:33.501865');
INSERT INTO "django_migrations" VALUES(124,'wagtailcore','0027_fix_collection_path_collation','2026-12-07 03:21:33.542217');
INSERT INTO "django_migrations" VALUES(125,'wagtailcore','0024_alter_page_content_type_on_delete_behaviour','2026-12-07 03:21:33.574513');
INSERT INTO "django_migrations" VALUES(126,'wagtailcore','0028_merge','2026-12-07 03:21:33.575442');
INSERT INTO "django_migrations" VALUES(127,'wagtailcore','0029_unicode_slugfield_dj19','2026-12-07 03:21:33.608947');
INSERT INTO "django_migrations" VALUES(128,'wagtailcore','0030_index_on_pagerevision_created_at','2026-12-07 03:21:34.150559');
INSERT INTO "django_migrations" VALUES(129,'wagtailcore','0031_add_page_view_restriction_types','2026-12-07 03:21:34.248169');
INSERT INTO "django_migrations" VALUES(130,'wagtailcore','0032_add_bulk_delete_page_permission','2026-12-07 03:21:34.279025');
INSERT INTO "django_migrations" VALUES(131,'wagtailcore','0033_remove_golive_expiry_help_text','2026-12-07 03:21:34.347495');
INSERT INTO "django_migrations" VALUES(132,'wagtailcore','0034_page_live_revision','2026-12-07 03:21:34.390012');
INSERT INTO "django_migrations" VALUES(133,'wagtailcore','0035_page_last_published_at','2026-12-07 03:21:34.414218');
INSERT INTO "django_migrations" VALUES(134,'wagtailcore','0036_populate_page_last_published_at','2026-12-07 03:21:34.449063');
INSERT INTO "django_migrations" VALUES(135,'wagtailcore','0037_set_page_owner_editable','2026-12-07 03:21:34.480931');
INSERT INTO "django_migrations" VALUES(136,'wagtailcore','0038_make_first_published_at_editable','2026-12-07 03:21:34.500126');
INSERT INTO "django_migrations" VALUES(137,'wagtailcore','0039_collectionviewrestriction','2026-12-07 03:21:34.584948');
INSERT INTO "django_migrations" VALUES(138,'wagtailcore','0040_page_draft_title','2026-12-07 03:21:34.669346');
INSERT INTO "django_migrations" VALUES(139,'wagtailcore','0041_group_collection_permissions_verbose_name_plural','2026-12-07 03:21:34.691343');
INSERT INTO "django_migrations" VALUES(140,'wagtailcore','0042_index_on_pagerevision_approved_go_live_at','2026-12-07 03:21:34.741107');
INSERT INTO "django_migrations" VALUES(141,'wagtailcore','0043_lock_fields','2026-12-07 03:21:34.839718');
INSERT INTO "django_migrations" VALUES(142,'wagtailcore','0044_add_unlock_grouppagepermission','2026-12-07 03:21:34.862068');
INSERT INTO "django_migrations" VALUES(143,'wagtailcore','0045_assign_unlock_grouppagepermission','2026-12-07 03:21:34.916872');
INSERT INTO "django_migrations" VALUES(144,'wagtailcore','0046_site_name_remove_null','2026-12-07 03:21:34.963078');
INSERT INTO "django_migrations" VALUES(145,'wagtailcore','0047_add_workflow_models','2026-12-07 03:21:35.438281');
INSERT INTO "django_migrations" VALUES(146,'wagtailcore','0048_add_default_workflows','2026-12-07 03:21:35.518859');
INSERT INTO "django_migrations" VALUES(147,'wagtailcore','0049_taskstate_finished_by','2026-12-07 03:21:35.574841');
INSERT INTO "django_migrations" VALUES(148,'wagtailcore','0050_workflow_rejected_to_needs_changes','2026-12-07 03:21:36.169040');
INSERT INTO "django_migrations" VALUES(149,'wagtailcore','0051_taskstate_comment','2026-12-07 03:21:36.209741');
INSERT INTO "django_migrations" VALUES(150,'wagtailcore','0052_pagelogentry','2026-12-07 03:21:36.270165');
INSERT INTO "django_migrations" VALUES(151,'wagtailcore','0053_locale_model','2026-12-07 03:21:36.272056');
INSERT INTO "django_migrations" VALUES(152,'wagtailcore','0054_initial_locale','2026-12-07 03:21:36.322804');
INSERT INTO "django_migrations" VALUES(153,'wagtailcore','0055_page_locale_fields','2026-12-07 03:21:36.456407');
INSERT INTO "django_migrations" VALUES(154,'wagtailcore','0056_page_locale_fields_populate','2026-12-07 03:21:36.524954');
INSERT INTO "django_migrations" VALUES(155,'wagtailcore','0057_page_locale_fields_notnull','2026-12-07 03:21:36.636460');
INSERT INTO "django_migrations" VALUES(156,'wagtailcore','0058_page_alias_of','2026-12-07 03:21:36.714519');
INSERT INTO "django_migrations" VALUES(157,'wagtailcore','0059_apply_collection_ordering','2026-12-07 03:21:36.764853');
INSERT INTO "django_migrations" VALUES(158,'wagtailcore','0060_fix_workflow_unique_constraint','2026-12-07 03:21:36.835461');
INSERT INTO "django_migrations" VALUES(159,'wagtailcore','0061_change_promote_tab_helpt_text_and_verbose_names','2026-12-07 03:21:36.910380');
INSERT INTO "django_migrations" VALUES(160,'wagtailcore','0062_comment_models_and_pagesubscription','2026-12-07 03:21:37.067703');
INSERT INTO "django_migrations" VALUES(161,'wagtailcore','0063_modellogentry','2026-12-07 03:21:37.123973');
INSERT INTO "django_migrations" VALUES(162,'wagtailcore','0064_log_timestamp_indexes','2026-12-07 03:21:37.214998');
INSERT INTO "django_migrations" VALUES(163,'wagtailcore','0065_log_entry_uuid','2026-12-07 03:21:37.825085');
INSERT INTO "django_migrations" VALUES(164,'wagtailcore','0066_collection_management_permissions','2026-12-07 03:21:37.878346');
INSERT INTO "django_migrations" VALUES(165,'wagtailcore','0067_alter_pagerevision_content_json','2026-12-07 03:21:37.980759');
INSERT INTO "django_migrations" VALUES(166,'wagtailcore','0068_log_entry_empty_object','2026-12-07 03:21:38.043599');
INSERT INTO "django_migrations" VALUES(167,'wagtailcore','0069_log_entry_jsonfield','2026-12-07 03:21:38.245486');
INSERT INTO "django_migrations" VALUES(168,'wagtail_localize','0001_initial','2026-12-07 03:21:38.809048');
INSERT INTO "django_migrations" VALUES(169,'wagtailcore','0070_rename_pagerevision_revision','2026-12-07 03:21:39.957112');
INSERT INTO "django_migrations" VALUES(170,'wagtailcore','0071_populate_revision_content_type','2026-12-07 03:21:40.084497');
INSERT INTO "django_migrations" VALUES(171,'wagtailcore','0072_alter_revision_content_type_notnull','2026-12-07 03:21:40.300257');
INSERT INTO "django_migrations" VALUES(172,'wagtailcore','0073_page_latest_revision','2026-12-07 03:21:40.372734');
INSERT INTO "django_migrations" VALUES(173,'wagtailcore','0074_revision_object_str','2026-12-07 03:21:40.429490');
INSERT INTO "django_migrations" VALUES(174,'wagtailcore','0075_populate_latest_revision_and_revision_object_str','2026-12-07 03:21:40.567966');
INSERT INTO "django_migrations" VALUES(175,'wagtailcore','0076_modellogentry_revision','2026-12-07 03:21:40.657269');
INSERT INTO "django_migrations" VALUES(176,'wagtailcore','0077_alter_revision_user','2026-12-07 03:21:40.726501');
INSERT INTO "django_migrations" VALUES(177,'wagtailcore','0078_referenceindex','2026-12-07 03:21:40.801594');
INSERT INTO "django_migrations" VALUES(178,'wagtailcore','0079_rename_taskstate_page_revision','2026-12-07 03:21:40.858832');
INSERT INTO "django_migrations" VALUES(179,'wagtailcore','0080_generic_workflowstate','2026-12-07 03:21:41.808841');
INSERT INTO "django_migrations" VALUES(180,'wagtailcore','0081_populate_workflowstate_content_type','2026-12-07 03:21:41.892213');
INSERT INTO "django_migrations" VALUES(181,'wagtailcore','0082_alter_workflowstate_content_type_notnull','2026-12-07 03:21:42.095350');
INSERT INTO "django_migrations" VALUES(182,'wagtailcore','0083_workflowcontenttype','2026-12-07 03:21:42.168013');
INSERT INTO "django_migrations" VALUES(183,'wagtailcore','0084_add_default_page_permissions','2026-12-07 03:21:42.222106');
INSERT INTO "django_migrations" VALUES(184,'wagtailcore','0085_add_grouppagepermission_permission','2026-12-07 03:21:42.360095');
INSERT INTO "django_migrations" VALUES(185,'wagtailcore','0086_populate_grouppagepermission_permission','2026-12-07 03:21:42.556886');
INSERT INTO "django_migrations" VALUES(186,'wagtailcore','0087_alter_grouppagepermission_unique_together_and_more','2026-12-07 03:21:42.783705');
INSERT INTO "django_migrations" VALUES(187,'wagtailcore','0088_fix_log_entry_json_timestamps','2026-12-07 03:21:43.042103');
INSERT INTO "django_migrations" VALUES(188,'wagtailcore','0089_log_entry_data_json_null_to_object','2026-12-07 03:21:43.120665');
INSERT INTO "django_migrations" VALUES(189,'wagtailcore','0090_remove_grouppagepermission_permission_type','2026-12-07 03:21:44.023647');
INSERT INTO "django_migrations" VALUES(190,'wagtailcore','0091_remove_revision_submitted_for_moderation','2026-12-07 03:21:44.127718');
INSERT INTO "django_migrations" VALUES(191,'wagtailcore','0092_alter_collectionviewrestriction_password_and_more','2026-12-07 03:21:44.285137');
INSERT INTO "django_migrations" VALUES(192,'wagtailcore','0093_uploadedfile','2026-12-07 03:21:44.416167');
INSERT INTO "django_migrations" VALUES(193,'wagtailcore','0094_alter_page_locale','2026-12-07 03:21:44.549021');
INSERT INTO "django_migrations" VALUES(194,'wagtailcore','0095_groupsitepermission','2026-12-07 03:21:44.718368');
INSERT INTO "django_migrations" VALUES(195,'wagtailcore','0096_referenceindex_referenceindex_source_object_and_more','2026-12-07 03:21:44.790461');
INSERT INTO "django_migrations" VALUES(196,'wagtailcore','0097_baselogentry_uuid_action_timestamp_indexes','2026-12-07 03:21:44.944020');
INSERT INTO "django_migrations" VALUES(197,'wagtailcore','0098_apitoken','2026-12-07 03:21:45.072943');
INSERT INTO "django_migrations" VALUES(198,'wagtailadmin','0002_admin','2026-12-07 03:21:45.075690');
INSERT INTO "django_migrations" VALUES(199,'wagtailadmin','0003_admin_managed','2026-12-07 03:21:45.088121');
INSERT INTO "django_migrations" VALUES(200,'wagtailadmin','0004_editingsession','2026-12-07 03:21:45.208542');
INSERT INTO "django_migrations" VALUES(201,'wagtailadmin','0005_editingsession_is_editing','2026-12-07 03:21:45.271489');
INSERT INTO "django_migrations" VALUES(202,'wagtailadmin','0006_formstate','2026-12-07 03:21:45.392703');
INSERT INTO "django_migrations" VALUES(203,'wagtail_localize','0002_translation','2026-12-07 03:21:45.513229');
INSERT INTO "django_migrations" VALUES(204,'wagtail_localize','0003_delete_translation_sources','2026-12-07 03:21:45.612348');
INSERT INTO "django_migrations" VALUES(205,'wagtail_localize','0004_one_source_per_objectlocale','2026-12-07 03:21:46.448410');
INSERT INTO "django_migrations" VALUES(206,'wagtail_localize','0005_remove_translationsource_object','2026-12-07 03:21:46.641348');
INSERT INTO "django_migrations" VALUES(207,'wagtail_localize','0006_create_submit_translation_permission','2026-12-07 03:21:46.760631');
INSERT INTO "django_migrations" VALUES(208,'wagtail_localize','0007_stringtranslation_type_and_tool_name','2026-12-07 03:21:46.840824');
INSERT INTO "django_migrations" VALUES(209,'wagtail_localize','0008_stringtranslation_last_translated_by','2026-12-07 03:21:46.951175');
INSERT INTO "django_migrations" VALUES(210,'wagtail_localize','0009_stringtranslation_errors','2026-12-07 03:21:47.115096');
INSERT INTO "django_migrations" VALUES(211,'wagtail_localize','0010_overridablesegment','2026-12-07 03:21:47.213359');
INSERT INTO "django_migrations" VALUES(212,'wagtail_localize','0011_segmentoverride','2026-12-07 03:21:47.310791');
INSERT INTO "django_migrations" VALUES(213,'wagtail_localize','0012_localesynchronization','2026-12-07 03:21:47.406304');
INSERT INTO "django_migrations" VALUES(214,'wagtail_localize','0013_translationsource_schema_version','2026-12-07 03:21:47.472019');
INSERT INTO "django_migrations" VALUES(215,'wagtail_localize','0014_remove_translation_source_last_updated_at','2026-12-07 03:21:47.516732');
INSERT INTO "django_migrations" VALUES(216,'wagtail_localize','0015_translationcontext_field_path','2026-12-07 03:21:47.556819');
INSERT INTO "django_migrations" VALUES(217,'wagtail_localize','0016_rename_page_revision_translationlog_revision','2026-12-07 03:21:47.626351');
INSERT INTO "django_migrations" VALUES(218,'publishing','0001_initial','2026-12-07 03:21:49.031903');
INSERT INTO "django_migrations" VALUES(219,'publishing','0002_sanitise_stored_rich_text','2026-12-07 03:21:49.126960');
INSERT INTO "django_migrations" VALUES(220,'publishing','0003_article_body_block_labels','2026-12-07 03:21:49.184596');
INSERT INTO "django_migrations" VALUES(221,'newsletter','0001_initial','2026-12-07 03:21:49.563763');
INSERT INTO "django_migrations" VALUES(222,'newsletter','0002_campaign_started_by','2026-12-07 03:21:50.212780');
INSERT INTO "django_migrations" VALUES(223,'newsletter','0003_delivery_handed_at','2026-12-07 03:21:50.340405');
INSERT INTO "django_migrations" VALUES(224,'newsletter','0004_signuprequest','2026-12-07 03:21:50.447199');
INSERT INTO "django_migrations" VALUES(225,'editorial','0001_editorial_roles','2026-12-07 03:21:50.784486');
INSERT INTO "django_migrations" VALUES(226,'otp_static','0001_initial','2026-12-07 03:21:50.976692');
INSERT INTO "django_migrations" VALUES(227,'otp_static','0002_throttling','2026-12-07 03:21:51.085983');
INSERT INTO "django_migrations" VALUES(228,'otp_static','0003_add_timestamps','2026-12-07 03:21:51.189776');
INSERT INTO "django_migrations" VALUES(229,'otp_totp','0001_initial','2026-12-07 03:21:51.291227');
INSERT INTO "django_migrations" VALUES(230,'otp_totp','0002_auto_20190420_0723','2026-12-07 03:21:51.404744');
INSERT INTO "django_migrations" VALUES(231,'otp_totp','0003_add_timestamps','2026-12-07 03:21:51.522299');
INSERT INTO "django_migrations" VALUES(232,'publishing','0004_issue_week_start_index','2026-12-07 03:21:51.549527');
INSERT INTO "django_migrations" VALUES(233,'sessions','0001_initial','2026-12-07 03:21:51.557467');
INSERT INTO "django_migrations" VALUES(234,'sitesearch','0001_search_alias','2026-12-07 03:21:51.559840');
INSERT INTO "django_migrations" VALUES(235,'sitesearch','0002_postgres_allowed_articles_indexes','2026-12-07 03:21:51.560438');
INSERT INTO "django_migrations" VALUES(236,'taggit','0002_auto_20150616_2121','2026-12-07 03:21:52.076188');
INSERT INTO "django_migrations" VALUES(237,'taggit','0003_taggeditem_add_unique_index','2026-12-07 03:21:52.127813');
INSERT INTO "django_migrations" VALUES(238,'taggit','0004_alter_taggeditem_content_type_alter_taggeditem_tag','2026-12-07 03:21:52.390178');
INSERT INTO "django_migrations" VALUES(239,'taggit','0005_auto_20220424_2025','2026-12-07 03:21:52.529760');
INSERT INTO "django_migrations" VALUES(240,'taggit','0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx','2026-12-07 03:21:52.624588');
INSERT INTO "django_migrations" VALUES(241,'wagtailredirects','0001_initial','2026-12-07 03:21:52.731614');
INSERT INTO "django_migrations" VALUES(242,'wagtailredirects','0002_add_verbose_names','2026-12-07 03:21:52.877198');
INSERT INTO "django_migrations" VALUES(243,'wagtailredirects','0003_make_site_field_editable','2026-12-07 03:21:52.996351');
INSERT INTO "django_migrations" VALUES(244,'wagtailredirects','0004_set_unique_on_path_and_site','2026-12-07 03:21:53.097443');
INSERT INTO "django_migrations" VALUES(245,'wagtailredirects','0005_capitalizeverbose','2026-12-07 03:21:53.519441');
INSERT INTO "django_migrations" VALUES(246,'wagtailredirects','0006_redirect_increase_max_length','2026-12-07 03:21:53.591041');
INSERT INTO "django_migrations" VALUES(247,'wagtailredirects','0007_add_autocreate_fields','2026-12-07 03:21:53.762759');
INSERT INTO "django_migrations" VALUES(248,'wagtailredirects','0008_add_verbose_name_plural','2026-12-07 03:21:53.805321');
INSERT INTO "django_migrations" VALUES(249,'wagtailsearch','0001_initial','2026-12-07 03:21:54.624557');
INSERT INTO "django_migrations" VALUES(250,'wagtailsearch','0002_add_verbose_names','2026-12-07 03:21:54.850646');
INSERT INTO "django_migrations" VALUES(251,'wagtailsearch','0003_remove_editors_pick','2026-12-07 03:21:54.851867');
INSERT INTO "django_migrations" VALUES(252,'wagtailsearch','0004_querydailyhits_verbose_name_plural','2026-12-07 03:21:54.866107');
INSERT INTO "django_migrations" VALUES(253,'wagtailsearch','0005_create_indexentry','2026-12-07 03:21:54.962582');
INSERT INTO "django_migrations" VALUES(254,'wagtailsearch','0006_customise_indexentry','2026-12-07 03:21:55.171114');
INSERT INTO "django_migrations" VALUES(255,'wagtailsearch','0007_delete_editorspick','2026-12-07 03:21:55.174335');
INSERT INTO "django_migrations" VALUES(256,'wagtailsearch','0008_remove_query_and_querydailyhits_models','2026-12-07 03:21:55.191811');
INSERT INTO "django_migrations" VALUES(257,'wagtailsearch','0009_remove_ngram_autocomplete','2026-12-07 03:21:55.192582');
INSERT INTO "django_migrations" VALUES(258,'wagtailsearch','0010_add_text_fields','2026-12-07 03:21:55.192983');
INSERT INTO "django_migrations" VALUES(259,'wagtailusers','0001_initial','2026-12-07 03:21:55.234923');
INSERT INTO "django_migrations" VALUES(260,'wagtailusers','0002_add_verbose_name_on_userprofile','2026-12-07 03:21:55.389407');
INSERT INTO "django_migrations" VALUES(261,'wagtailusers','0003_add_verbose_names','2026-12-07 03:21:55.450471');
INSERT INTO "django_migrations" VALUES(262,'wagtailusers','0004_capitalizeverbose','2026-12-07 03:21:56.105281');
INSERT INTO "django_migrations" VALUES(263,'wagtailusers','0005_make_related_name_wagtail_specific','2026-12-07 03:21:56.155002');
INSERT INTO "django_migrations" VALUES(264,'wagtailusers','0006_userprofile_prefered_language','2026-12-07 03:21:56.186845');
INSERT INTO "django_migrations" VALUES(265,'wagtailusers','0007_userprofile_current_time_zone','2026-12-07 03:21:56.248964');
INSERT INTO "django_migrations" VALUES(266,'wagtailusers','0008_userprofile_avatar','2026-12-07 03:21:56.313540');
INSERT INTO "django_migrations" VALUES(267,'wagtailusers','0009_userprofile_verbose_name_plural','2026-12-07 03:21:56.359203');
INSERT INTO "django_migrations" VALUES(268,'wagtailusers','0010_userprofile_updated_comments_notifications','2026-12-07 03:21:56.392945');
INSERT INTO "django_migrations" VALUES(269,'wagtailusers','0011_userprofile_dismissibles','2026-12-07 03:21:56.418465');
INSERT INTO "django_migrations" VALUES(270,'wagtailusers','0012_userprofile_theme','2026-12-07 03:21:56.446297');
INSERT INTO "django_migrations" VALUES(271,'wagtailusers','0013_userprofile_density','2026-12-07 03:21:56.480822');
INSERT INTO "django_migrations" VALUES(272,'wagtailusers','0014_userprofile_contrast','2026-12-07 03:21:56.516207');
INSERT INTO "django_migrations" VALUES(273,'wagtailusers','0015_userprofile_keyboard_shortcuts','2026-12-07 03:21:56.551230');
INSERT INTO "django_migrations" VALUES(274,'wagtailimages','0001_squashed_0021','2026-12-07 03:21:56.556092');
INSERT INTO "django_migrations" VALUES(275,'wagtailcore','0001_squashed_0016_change_page_url_path_to_text_field','2026-12-07 03:21:56.556439');
INSERT INTO "django_migrations" VALUES(276,'django_otp_webauthn','0001_squashed_0003_webauthncredential_hash_binary_to_hex','2026-12-07 03:21:56.556604');
INSERT INTO "auth_group_permissions" VALUES(21,3,4);
INSERT INTO "auth_group_permissions" VALUES(22,4,224);
INSERT INTO "auth_group_permissions" VALUES(23,4,225);
INSERT INTO "auth_group_permissions" VALUES(24,4,226);
INSERT INTO "auth_group_permissions" VALUES(25,4,4);
INSERT INTO "auth_group_permissions" VALUES(26,4,175);
INSERT INTO "auth_group_permissions" VALUES(27,4,176);
INSERT INTO "auth_group_permissions" VALUES(28,4,178);
INSERT INTO "auth_group_permissions" VALUES(29,4,212);
INSERT INTO "auth_group_permissions" VALUES(30,4,213);
INSERT INTO "auth_group_permissions" VALUES(31,4,118);
INSERT INTO "auth_group_permissions" VALUES(32,4,214);
INSERT INTO "auth_group_permissions" VALUES(33,4,186);
INSERT INTO "auth_group_permissions" VALUES(34,5,4);
INSERT INTO "auth_group_permissions" VALUES(35,6,186);
INSERT INTO "auth_group_permissions" VALUES(36,6,187);
INSERT INTO "auth_group_permissions" VALUES(37,6,4);
INSERT INTO "auth_group_permissions" VALUES(38,6,183);
INSERT INTO "auth_group_permissions" VALUES(39,7,1);
INSERT INTO "auth_group_permissions" VALUES(40,7,2);
INSERT INTO "auth_group_permissions" VALUES(41,7,3);
INSERT INTO "auth_group_permissions" VALUES(42,7,4);
INSERT INTO "auth_group_permissions" VALUES(43,7,5);
INSERT INTO "auth_group_permissions" VALUES(44,7,6);
INSERT INTO "auth_group_permissions" VALUES(45,7,7);
INSERT INTO "auth_group_permissions" VALUES(46,7,8);
INSERT INTO "auth_group_permissions" VALUES(47,7,9);
INSERT INTO "auth_group_permissions" VALUES(48,7,10);
INSERT INTO "auth_group_permissions" VALUES(49,7,11);
INSERT INTO "auth_group_permissions" VALUES(50,7,12);
INSERT INTO "auth_group_permissions" VALUES(51,7,13);
INSERT INTO "auth_group_permissions" VALUES(52,7,14);
INSERT INTO "auth_group_permissions" VALUES(53,7,15);
INSERT INTO "auth_group_permissions" VALUES(54,7,16);
INSERT INTO "auth_group_permissions" VALUES(55,7,17);
INSERT INTO "auth_group_permissions" VALUES(56,7,18);
INSERT INTO "auth_group_permissions" VALUES(57,7,19);
INSERT INTO "auth_group_permissions" VALUES(58,7,20);
INSERT INTO "auth_group_permissions" VALUES(59,7,21);
INSERT INTO "auth_group_permissions" VALUES(60,7,22);
INSERT INTO "auth_group_permissions" VALUES(61,7,23);
INSERT INTO "auth_group_permissions" VALUES(62,7,24);
INSERT INTO "auth_group_permissions" VALUES(63,7,25);
INSERT INTO "auth_group_permissions" VALUES(64,7,26);
INSERT INTO "auth_group_permissions" VALUES(65,7,27);
INSERT INTO "auth_group_permissions" VALUES(66,7,28);
INSERT INTO "auth_group_permissions" VALUES(67,7,29);
INSERT INTO "auth_group_permissions" VALUES(68,7,30);
INSERT INTO "auth_group_permissions" VALUES(69,7,31);
INSERT INTO "auth_group_permissions" VALUES(70,7,32);
INSERT INTO "auth_group_permissions" VALUES(71,7,33);
INSERT INTO "auth_group_permissions" VALUES(72,7,34);
INSERT INTO "auth_group_permissions" VALUES(73,7,35);
INSERT INTO "auth_group_permissions" VALUES(74,7,36);
INSERT INTO "auth_group_permissions" VALUES(75,7,37);
INSERT INTO "auth_group_permissions" VALUES(76,7,38);
INSERT INTO "auth_group_permissions" VALUES(77,7,39);
INSERT INTO "auth_group_permissions" VALUES(78,7,40);
INSERT INTO "auth_group_permissions" VALUES(79,7,41);
INSERT INTO "auth_group_permissions" VALUES(80,7,42);
INSERT INTO "auth_group_permissions" VALUES(81,7,43);
INSERT INTO "auth_group_permissions" VALUES(82,7,44);
INSERT INTO "auth_group_permissions" VALUES(83,7,45);
INSERT INTO "auth_group_permissions" VALUES(84,7,46);
INSERT INTO "auth_group_permissions" VALUES(85,7,47);
INSERT INTO "auth_group_permissions" VALUES(86,7,48);
INSERT INTO "auth_group_permissions" VALUES(87,7,49);
INSERT INTO "auth_group_permissions" VALUES(88,7,50);
INSERT INTO "auth_group_permissions" VALUES(89,7,51);
INSERT INTO "auth_group_permissions" VALUES(90,7,52);
INSERT INTO "auth_group_permissions" VALUES(91,7,53);
INSERT INTO "auth_group_permissions" VALUES(92,7,54);
INSERT INTO "auth_group_permissions" VALUES(93,7,55);
INSERT INTO "auth_group_permissions" VALUES(94,7,56);
INSERT INTO "auth_group_permissions" VALUES(95,7,57);
INSERT INTO "auth_group_permissions" VALUES(96,7,58);
INSERT INTO "auth_group_permissions" VALUES(97,7,59);
INSERT INTO "auth_group_permissions" VALUES(98,7,60);
INSERT INTO "auth_group_permissions" VALUES(99,7,61);
INSERT INTO "auth_group_permissions" VALUES(100,7,62);
INSERT INTO "auth_group_permissions" VALUES(101,7,63);
INSERT INTO "auth_group_permissions" VALUES(102,7,64);
INSERT INTO "auth_group_permissions" VALUES(103,7,65);
INSERT INTO "auth_group_permissions" VALUES(104,7,66);
INSERT INTO "auth_group_permissions" VALUES(105,7,67);
INSERT INTO "auth_group_permissions" VALUES(106,7,68);
INSERT INTO "auth_group_permissions" VALUES(107,7,69);
INSERT INTO "auth_group_permissions" VALUES(108,7,70);
INSERT INTO "auth_group_permissions" VALUES(109,7,71);
INSERT INTO "auth_group_permissions" VALUES(110,7,72);
INSERT INTO "auth_group_permissions" VALUES(111,7,73);
INSERT INTO "auth_group_permissions" VALUES(112,7,74);
INSERT INTO "auth_group_permissions" VALUES(113,7,75);
INSERT INTO "auth_group_permissions" VALUES(114,7,76);
INSERT INTO "auth_group_permissions" VALUES(115,7,77);
INSERT INTO "auth_group_permissions" VALUES(116,7,78);
INSERT INTO "auth_group_permissions" VALUES(117,7,79);
INSERT INTO "auth_group_permissions" VALUES(118,7,80);
INSERT INTO "auth_group_permissions" VALUES(119,7,81);
INSERT INTO "auth_group_permissions" VALUES(120,7,82);
INSERT INTO "auth_group_permissions" VALUES(121,7,83);
INSERT INTO "auth_group_permissions" VALUES(122,7,84);
INSERT INTO "auth_group_permissions" VALUES(123,7,85);
INSERT INTO "auth_group_permissions" VALUES(124,7,86);
INSERT INTO "auth_group_permissions" VALUES(125,7,87);
INSERT INTO "auth_group_permissions" VALUES(126,7,88);
INSERT INTO "auth_group_permissions" VALUES(127,7,89);
INSERT INTO "auth_group_permissions" VALUES(128,7,90);
INSERT INTO "auth_group_permissions" VALUES(129,7,91);
INSERT INTO "auth_group_permissions" VALUES(130,7,92);
INSERT INTO "auth_group_permissions" VALUES(131,7,93);
INSERT INTO "auth_group_permissions" VALUES(132,7,94);
INSERT INTO "auth_group_permissions" VALUES(133,7,95);
INSERT INTO "auth_group_permissions" VALUES(134,7,96);
INSERT INTO "auth_group_permissions" VALUES(135,7,97);
INSERT INTO "auth_group_permissions" VALUES(136,7,98);
INSERT INTO "auth_group_permissions" VALUES(137,7,99);
INSERT INTO "auth_group_permissions" VALUES(138,7,100);
INSERT INTO "auth_group_permissions" VALUES(139,7,101);
INSERT INTO "auth_group_permissions" VALUES(140,7,102);
INSERT INTO "auth_group_permissions" VALUES(141,7,103);
INSERT INTO "auth_group_permissions" VALUES(142,7,104);
INSERT INTO "auth_group_permissions" VALUES(143,7,105);
INSERT INTO "auth_group_permissions" VALUES(144,7,106);
INSERT INTO "auth_group_permissions" VALUES(145,7,107);
INSERT INTO "auth_group_permissions" VALUES(146,7,108);
INSERT INTO "auth_group_permissions" VALUES(147,7,109);
INSERT INTO "auth_group_permissions" VALUES(148,7,110);
INSERT INTO "auth_group_permissions" VALUES(149,7,111);
INSERT INTO "auth_group_permissions" VALUES(150,7,112);
INSERT INTO "auth_group_permissions" VALUES(151,7,113);
INSERT INTO "auth_group_permissions" VALUES(152,7,114);
INSERT INTO "auth_group_permissions" VALUES(153,7,115);
INSERT INTO "auth_group_permissions" VALUES(154,7,116);
INSERT INTO "auth_group_permissions" VALUES(155,7,117);
INSERT INTO "auth_group_permissions" VALUES(156,7,118);
INSERT INTO "auth_group_permissions" VALUES(157,7,119);
INSERT INTO "auth_group_permissions" VALUES(158,7,120);
INSERT INTO "auth_group_permissions" VALUES(159,7,121);
INSERT INTO "auth_group_permissions" VALUES(160,7,122);
INSERT INTO "auth_group_permissions" VALUES(161,7,123);
INSERT INTO "auth_group_permissions" VALUES(162,7,124);
INSERT INTO "auth_group_permissions" VALUES(163,7,125);
INSERT INTO "auth_group_permissions" VALUES(164,7,126);
INSERT INTO "auth_group_permissions" VALUES(165,7,127);
INSERT INTO "auth_group_permissions" VALUES(166,7,128);
INSERT INTO "auth_group_permissions" VALUES(167,7,129);
INSERT INTO "auth_group_permissions" VALUES(168,7,130);
INSERT INTO "auth_group_permissions" VALUES(169,7,131);
INSERT INTO "auth_group_permissions" VALUES(170,7,132);
INSERT INTO "auth_group_permissions" VALUES(171,7,133);
INSERT INTO "auth_group_permissions" VALUES(172,7,134);
INSERT INTO "auth_group_permissions" VALUES(173,7,135);
INSERT INTO "auth_group_permissions" VALUES(174,7,136);
INSERT INTO "auth_group_permissions" VALUES(175,7,137);
INSERT INTO "auth_group_permissions" VALUES(176,7,138);
INSERT INTO "auth_group_permissions" VALUES(177,7,139);
INSERT INTO "auth_group_permissions" VALUES(178,7,140);
INSERT INTO "auth_group_permissions" VALUES(179,7,141);
INSERT INTO "auth_group_permissions" VALUES(180,7,142);
INSERT INTO "auth_group_permissions" VALUES(181,7,143);
INSERT INTO "auth_group_permissions" VALUES(182,7,144);
INSERT INTO "auth_group_permissions" VALUES(183,7,145);
INSERT INTO "auth_group_permissions" VALUES(184,7,146);
INSERT INTO "auth_group_permissions" VALUES(185,7,147);
INSERT INTO "auth_group_permissions" VALUES(186,7,148);
INSERT INTO "auth_group_permissions" VALUES(187,7,149);
INSERT INTO "auth_group_permissions" VALUES(188,7,150);
INSERT INTO "auth_group_permissions" VALUES(189,7,151);
INSERT INTO "auth_group_permissions" VALUES(190,7,152);
INSERT INTO "auth_group_permissions" VALUES(191,7,153);
INSERT INTO "auth_group_permissions" VALUES(192,7,154);
INSERT INTO "auth_group_permissions" VALUES(193,7,155);
INSERT INTO "auth_group_permissions" VALUES(194,7,156);
INSERT INTO "auth_group_permissions" VALUES(195,7,157);
INSERT INTO "auth_group_permissions" VALUES(196,7,158);
INSERT INTO "auth_group_permissions" VALUES(197,7,159);
INSERT INTO "auth_group_permissions" VALUES(198,7,160);
INSERT INTO "auth_group_permissions" VALUES(199,7,161);
INSERT INTO "auth_group_permissions" VALUES(200,7,162);
INSERT INTO "auth_group_permissions" VALUES(201,7,163);
INSERT INTO "auth_group_permissions" VALUES(202,7,164);
INSERT INTO "auth_group_permissions" VALUES(203,7,165);
INSERT INTO "auth_group_permissions" VALUES(204,7,166);
INSERT INTO "auth_group_permissions" VALUES(205,7,167);
INSERT INTO "auth_group_permissions" VALUES(206,7,168);
INSERT INTO "auth_group_permissions" VALUES(207,7,169);
INSERT INTO "auth_group_permissions" VALUES(208,7,170);
INSERT INTO "auth_group_permissions" VALUES(209,7,171);
INSERT INTO "auth_group_permissions" VALUES(210,7,172);
INSERT INTO "auth_group_permissions" VALUES(211,7,173);
INSERT INTO "auth_group_permissions" VALUES(212,7,174);
INSERT INTO "auth_group_permissions" VALUES(213,7,175);
INSERT INTO "auth_group_permissions" VALUES(214,7,176);
INSERT INTO "auth_group_permissions" VALUES(215,7,177);
INSERT INTO "auth_group_permissions" VALUES(216,7,178);
INSERT INTO "auth_group_permissions" VALUES(217,7,179);
INSERT INTO "auth_group_permissions" VALUES(218,7,180);
INSERT INTO "auth_group_permissions" VALUES(219,7,181);
INSERT INTO "auth_group_permissions" VALUES(220,7,182);
INSERT INTO "auth_group_permissions" VALUES(221,7,184);
INSERT INTO "auth_group_permissions" VALUES(222,7,185);
INSERT INTO "auth_group_permissions" VALUES(223,7,186);
INSERT INTO "auth_group_permissions" VALUES(224,7,188);
INSERT INTO "auth_group_permissions" VALUES(225,7,189);
INSERT INTO "auth_group_permissions" VALUES(226,7,190);
INSERT INTO "auth_group_permissions" VALUES(227,7,191);
INSERT INTO "auth_group_permissions" VALUES(228,7,192);
INSERT INTO "auth_group_permissions" VALUES(229,7,193);
INSERT INTO "auth_group_permissions" VALUES(230,7,194);
INSERT INTO "auth_group_permissions" VALUES(231,7,195);
INSERT INTO "auth_group_permissions" VALUES(232,7,196);
INSERT INTO "auth_group_permissions" VALUES(233,7,197);
INSERT INTO "auth_group_permissions" VALUES(234,7,198);
INSERT INTO "auth_group_permissions" VALUES(235,7,199);
INSERT INTO "auth_group_permissions" VALUES(236,7,200);
INSERT INTO "auth_group_permissions" VALUES(237,7,201);
INSERT INTO "auth_group_permissions" VALUES(238,7,202);
INSERT INTO "auth_group_permissions" VALUES(239,7,203);
INSERT INTO "auth_group_permissions" VALUES(240,7,204);
INSERT INTO "auth_group_permissions" VALUES(241,7,205);
INSERT INTO "auth_group_permissions" VALUES(242,7,206);
INSERT INTO "auth_group_permissions" VALUES(243,7,207);
INSERT INTO "auth_group_permissions" VALUES(244,7,208);
INSERT INTO "auth_group_permissions" VALUES(245,7,209);
INSERT INTO "auth_group_permissions" VALUES(246,7,210);
INSERT INTO "auth_group_permissions" VALUES(247,7,211);
INSERT INTO "auth_group_permissions" VALUES(248,7,212);
INSERT INTO "auth_group_permissions" VALUES(249,7,213);
INSERT INTO "auth_group_permissions" VALUES(250,7,214);
INSERT INTO "auth_group_permissions" VALUES(251,7,215);
INSERT INTO "auth_group_permissions" VALUES(252,7,216);
INSERT INTO "auth_group_permissions" VALUES(253,7,217);
INSERT INTO "auth_group_permissions" VALUES(254,7,218);
INSERT INTO "auth_group_permissions" VALUES(255,7,219);
INSERT INTO "auth_group_permissions" VALUES(256,7,220);
INSERT INTO "auth_group_permissions" VALUES(257,7,221);
INSERT INTO "auth_group_permissions" VALUES(258,7,222);
INSERT INTO "auth_group_permissions" VALUES(259,7,223);
INSERT INTO "auth_group_permissions" VALUES(260,7,224);
INSERT INTO "auth_group_permissions" VALUES(261,7,225);
INSERT INTO "auth_group_permissions" VALUES(262,7,226);
INSERT INTO "auth_group_permissions" VALUES(263,7,227);
INSERT INTO "auth_group_permissions" VALUES(264,7,228);
INSERT INTO "auth_group_permissions" VALUES(265,7,229);
INSERT INTO "auth_group_permissions" VALUES(266,7,230);
INSERT INTO "auth_group_permissions" VALUES(267,7,231);
INSERT INTO "auth_group_permissions" VALUES(268,7,232);
INSERT INTO "auth_group_permissions" VALUES(269,7,233);
INSERT INTO "auth_group_permissions" VALUES(270,7,234);
INSERT INTO "auth_group_permissions" VALUES(271,7,235);
INSERT INTO "auth_group_permissions" VALUES(272,7,236);
INSERT INTO "auth_group_permissions" VALUES(273,7,237);
INSERT INTO "auth_group_permissions" VALUES(274,7,238);
INSERT INTO "auth_group_permissions" VALUES(275,7,239);
INSERT INTO "auth_group_permissions" VALUES(276,7,240);
INSERT INTO "auth_group_permissions" VALUES(277,7,241);
INSERT INTO "auth_group_permissions" VALUES(278,7,242);
INSERT INTO "auth_group_permissions" VALUES(279,7,243);
INSERT INTO "auth_group_permissions" VALUES(280,7,244);
INSERT INTO "auth_group_permissions" VALUES(281,7,245);
INSERT INTO "auth_group_permissions" VALUES(282,7,246);
INSERT INTO "auth_group_permissions" VALUES(283,7,247);
INSERT INTO "auth_group_permissions" VALUES(284,7,248);
INSERT INTO "auth_group_permissions" VALUES(285,7,249);
INSERT INTO "auth_group_permissions" VALUES(286,7,250);
INSERT INTO "auth_group_permissions" VALUES(287,7,251);
INSERT INTO "auth_group_permissions" VALUES(288,7,252);
INSERT INTO "auth_group_permissions" VALUES(289,7,253);
INSERT INTO "auth_group_permissions" VALUES(290,7,254);
INSERT INTO "auth_group_permissions" VALUES(291,7,255);
INSERT INTO "auth_group_permissions" VALUES(292,7,256);
INSERT INTO "auth_group_permissions" VALUES(293,7,257);
INSERT INTO "auth_group_permissions" VALUES(294,7,258);
INSERT INTO "auth_group_permissions" VALUES(295,7,259);
INSERT INTO "auth_group_permissions" VALUES(296,7,260);
INSERT INTO "auth_group_permissions" VALUES(297,7,261);
INSERT INTO "auth_group_permissions" VALUES(298,7,262);
INSERT INTO "auth_group_permissions" VALUES(299,7,263);
INSERT INTO "auth_group_permissions" VALUES(300,7,264);
INSERT INTO "auth_group_permissions" VALUES(301,7,265);
INSERT INTO "auth_group_permissions" VALUES(302,7,266);
INSERT INTO "auth_group_permissions" VALUES(303,7,267);
INSERT INTO "auth_group_permissions" VALUES(304,7,268);
INSERT INTO "auth_group_permissions" VALUES(305,7,269);
INSERT INTO "auth_group_permissions" VALUES(306,7,270);
INSERT INTO "auth_group_permissions" VALUES(307,7,271);
INSERT INTO "auth_group_permissions" VALUES(308,7,272);
INSERT INTO "auth_group_permissions" VALUES(309,7,273);
INSERT INTO "auth_group_permissions" VALUES(310,7,274);
INSERT INTO "auth_group_permissions" VALUES(311,7,275);
INSERT INTO "auth_group_permissions" VALUES(312,7,276);
INSERT INTO "auth_group_permissions" VALUES(313,7,277);
INSERT INTO "auth_group_permissions" VALUES(314,7,278);
INSERT INTO "auth_group_permissions" VALUES(315,7,279);
INSERT INTO "auth_group_permissions" VALUES(316,7,280);
INSERT INTO "auth_group_permissions" VALUES(317,7,281);
INSERT INTO "auth_group_permissions" VALUES(318,7,282);
INSERT INTO "auth_group_permissions" VALUES(319,7,283);
INSERT INTO "auth_group_permissions" VALUES(320,7,284);
INSERT INTO "auth_group_permissions" VALUES(321,7,285);
INSERT INTO "auth_group_permissions" VALUES(322,7,286);
INSERT INTO "auth_group_permissions" VALUES(323,7,287);
INSERT INTO "auth_group_permissions" VALUES(324,7,288);
INSERT INTO "auth_group_permissions" VALUES(325,7,289);
INSERT INTO "auth_group_permissions" VALUES(326,7,290);
INSERT INTO "auth_group_permissions" VALUES(327,7,291);
INSERT INTO "auth_group_permissions" VALUES(328,7,292);
INSERT INTO "auth_group_permissions" VALUES(329,7,293);
INSERT INTO "auth_group_permissions" VALUES(330,7,294);
INSERT INTO "auth_group_permissions" VALUES(331,7,295);
INSERT INTO "auth_group_permissions" VALUES(332,7,296);
INSERT INTO "auth_group_permissions" VALUES(333,7,297);
INSERT INTO "auth_group_permissions" VALUES(334,7,298);
INSERT INTO "auth_group_permissions" VALUES(335,7,299);
INSERT INTO "auth_group_permissions" VALUES(336,7,300);
INSERT INTO "auth_group_permissions" VALUES(337,7,301);
INSERT INTO "auth_group_permissions" VALUES(338,7,302);
INSERT INTO "auth_group_permissions" VALUES(339,7,303);
INSERT INTO "auth_group_permissions" VALUES(340,7,304);
INSERT INTO "auth_group_permissions" VALUES(341,7,305);
INSERT INTO "django_content_type" VALUES(1,'wagtailcore','page');
INSERT INTO "django_content_type" VALUES(2,'wagtailimages','image');
INSERT INTO "django_content_type" VALUES(3,'wagtailadmin','admin');
INSERT INTO "django_content_type" VALUES(4,'wagtaildocs','document');
INSERT INTO "django_content_type" VALUES(5,'wagtailcore','groupapprovaltask');
INSERT INTO "django_content_type" VALUES(6,'wagtailcore','locale');
INSERT INTO "django_content_type" VALUES(7,'wagtailcore','site');
INSERT INTO "django_content_type" VALUES(8,'wagtailcore','groupsitepermission');
INSERT INTO "django_content_type" VALUES(9,'wagtailcore','apitoken');
INSERT INTO "django_content_type" VALUES(10,'wagtailcore','modellogentry');
INSERT INTO "django_content_type" VALUES(11,'wagtailcore','revision');
INSERT INTO "django_content_type" VALUES(12,'wagtailcore','collectionviewrestriction');
INSERT INTO "django_content_type" VALUES(13,'wagtailcore','collection');
INSERT INTO "django_content_type" VALUES(14,'wagtailcore','groupcollectionpermission');
INSERT INTO "django_content_type" VALUES(15,'wagtailcore','uploadedfile');
INSERT INTO "django_content_type" VALUES(16,'wagtailcore','workflowcontenttype');
INSERT INTO "django_content_type" VALUES(17,'wagtailcore','workflowstate');
INSERT INTO "django_content_type" VALUES(18,'wagtailcore','workflow');
INSERT INTO "django_content_type" VALUES(19,'wagtailcore','workflowtask');
INSERT INTO "django_content_type" VALUES(20,'wagtailcore','task');
INSERT INTO "django_content_type" VALUES(21,'wagtailcore','taskstate');
INSERT INTO "django_content_type" VALUES(22,'wagtailcore','grouppagepermission');
INSERT INTO "django_content_type" VALUES(23,'wagtailcore','pageviewrestriction');
INSERT INTO "django_content_type" VALUES(24,'wagtailcore','workflowpage');
INSERT INTO "django_content_type" VALUES(25,'wagtailcore','pagelogentry');
INSERT INTO "django_content_type" VALUES(26,'wagtailcore','comment');
INSERT INTO "django_content_type" VALUES(27,'wagtailcore','commentreply');
INSERT INTO "django_content_type" VALUES(28,'wagtailcore','pagesubscription');
INSERT INTO "django_content_type" VALUES(29,'wagtailcore','referenceindex');
INSERT INTO "django_content_type" VALUES(30,'wagtail_localize','translation');
INSERT INTO "django_content_type" VALUES(31,'admin','logentry');
INSERT INTO "django_content_type" VALUES(32,'auth','permission');
INSERT INTO "django_content_type" VALUES(33,'auth','group');
INSERT INTO "django_content_type" VALUES(34,'auth','user');
INSERT INTO "django_content_type" VALUES(35,'axes','accessattempt');
INSERT INTO "django_content_type" VALUES(36,'axes','accesslog');
INSERT INTO "django_content_type" VALUES(37,'axes','accessfailurelog');
INSERT INTO "django_content_type" VALUES(38,'axes','accessattemptexpiration');
INSERT INTO "django_content_type" VALUES(39,'contenttypes','contenttype');
INSERT INTO "django_content_type" VALUES(40,'core','publicationsettings');
INSERT INTO "django_content_type" VALUES(41,'django_otp_webauthn','webauthncredential');
INSERT INTO "django_content_type" VALUES(42,'django_otp_webauthn','webauthnattestation');
INSERT INTO "django_content_type" VALUES(43,'django_otp_webauthn','webauthnuserhandle');
INSERT INTO "django_content_type" VALUES(44,'django_tasks_database','dbtaskresult');
INSERT INTO "django_content_type" VALUES(45,'newsletter','campaign');
INSERT INTO "django_content_type" VALUES(46,'newsletter','deliverybatch');
INSERT INTO "django_content_type" VALUES(47,'newsletter','subscriber');
INSERT INTO "django_content_type" VALUES(48,'newsletter','delivery');
INSERT INTO "django_content_type" VALUES(49,'newsletter','signuprequest');
INSERT INTO "django_content_type" VALUES(50,'publishing','homepage');
INSERT INTO "django_content_type" VALUES(51,'publishing','issueindexpage');
INSERT INTO "django_content_type" VALUES(52,'publishing','issuepage');
INSERT INTO "django_content_type" VALUES(53,'publishing','articlepage');
INSERT INTO "django_content_type" VALUES(54,'publishing','author');
INSERT INTO "django_content_type" VALUES(55,'publishing','articleauthor');
INSERT INTO "django_content_type" VALUES(56,'publishing','relatedarticle');
INSERT INTO "django_content_type" VALUES(57,'publishing','topic');
INSERT INTO "django_content_type" VALUES(58,'taggit','tag');
INSERT INTO "django_content_type" VALUES(59,'taggit','taggeditem');
INSERT INTO "django_content_type" VALUES(60,'wagtail_localize','string');
INSERT INTO "django_content_type" VALUES(61,'wagtail_localize','template');
INSERT INTO "django_content_type" VALUES(62,'wagtail_localize','translatableobject');
INSERT INTO "django_content_type" VALUES(63,'wagtail_localize','translationsource');
INSERT INTO "django_content_type" VALUES(64,'wagtail_localize','translationlog');
INSERT INTO "django_content_type" VALUES(65,'wagtail_localize','translationcontext');
INSERT INTO "django_content_type" VALUES(66,'wagtail_localize','templatesegment');
INSERT INTO "django_content_type" VALUES(67,'wagtail_localize','stringsegment');
INSERT INTO "django_content_type" VALUES(68,'wagtail_localize','relatedobjectsegment');
INSERT INTO "django_content_type" VALUES(69,'wagtail_localize','stringtranslation');
INSERT INTO "django_content_type" VALUES(70,'wagtail_localize','overridablesegment');
INSERT INTO "django_content_type" VALUES(71,'wagtail_localize','segmentoverride');
INSERT INTO "django_content_type" VALUES(72,'wagtail_localize','localesynchronization');
INSERT INTO "django_content_type" VALUES(73,'wagtailadmin','editingsession');
INSERT INTO "django_content_type" VALUES(74,'wagtailadmin','formstate');
INSERT INTO "django_content_type" VALUES(75,'wagtailimages','rendition');
INSERT INTO "django_content_type" VALUES(76,'sitesearch','searchalias');
INSERT INTO "django_content_type" VALUES(77,'wagtailredirects','redirect');
INSERT INTO "django_content_type" VALUES(78,'wagtailusers','userprofile');
INSERT INTO "django_content_type" VALUES(79,'wagtailsearch','indexentry');
INSERT INTO "django_content_type" VALUES(80,'wagtailsearch','sqliteftsindexentry');
INSERT INTO "django_content_type" VALUES(81,'sessions','session');
INSERT INTO "django_content_type" VALUES(82,'otp_totp','totpdevice');
INSERT INTO "django_content_type" VALUES(83,'otp_static','staticdevice');
INSERT INTO "django_content_type" VALUES(84,'otp_static','statictoken');
INSERT INTO "auth_permission" VALUES(1,2,'add_image','Can add image');
INSERT INTO "auth_permission" VALUES(2,2,'change_image','Can change image');
INSERT INTO "auth_permission" VALUES(3,2,'delete_image','Can delete image');
INSERT INTO "auth_permission" VALUES(4,3,'access_admin','Can access Wagtail admin');
INSERT INTO "auth_permission" VALUES(5,2,'choose_image','Can choose image');
INSERT INTO "auth_permission" VALUES(6,4,'add_document','Can add document');
INSERT INTO "auth_permission" VALUES(7,4,'change_document','Can change document');
INSERT INTO "auth_permission" VALUES(8,4,'delete_document','Can delete document');
INSERT INTO "auth_permission" VALUES(9,4,'choose_document','Can choose document');
INSERT INTO "auth_permission" VALUES(10,6,'add_locale','Can add locale');
INSERT INTO "auth_permission" VALUES(11,6,'change_locale','Can change locale');
INSERT INTO "auth_permission" VALUES(12,6,'delete_locale','Can delete locale');
INSERT INTO "auth_permission" VALUES(13,6,'view_locale','Can view locale');
INSERT INTO "auth_permission" VALUES(14,7,'add_site','Can add site');
INSERT INTO "auth_permission" VALUES(15,7,'change_site','Can change site');
INSERT INTO "auth_permission" VALUES(16,7,'delete_site','Can delete site');
INSERT INTO "auth_permission" VALUES(17,7,'view_site','Can view site');
INSERT INTO "auth_permission" VALUES(18,8,'add_groupsitepermission','Can add group site permission');
INSERT INTO "auth_permission" VALUES(19,8,'change_groupsitepermission','Can change group site permission');
INSERT INTO "auth_permission" VALUES(20,8,'delete_groupsitepermission','Can delete group site permission');
INSERT INTO "auth_permission" VALUES(21,8,'view_groupsitepermission','Can view group site permission');
INSERT INTO "auth_permission" VALUES(22,9,'add_apitoken','Can add API token');
INSERT INTO "auth_permission" VALUES(23,9,'change_apitoken','Can change API token');
INSERT INTO "auth_permission" VALUES(24,9,'delete_apitoken','Can delete API token');
INSERT INTO "auth_permission" VALUES(25,9,'view_apitoken','Can view API token');
INSERT INTO "auth_permission" VALUES(26,10,'add_modellogentry','Can add model log entry');
INSERT INTO "auth_permission" VALUES(27,10,'change_modellogentry','Can change model log entry');
INSERT INTO "auth_permission" VALUES(28,10,'delete_modellogentry','Can delete model log entry');
INSERT INTO "auth_permission" VALUES(29,10,'view_modellogentry','Can view model log entry');
INSERT INTO "auth_permission" VALUES(30,11,'add_revision','Can add revision');
INSERT INTO "auth_permission" VALUES(31,11,'change_revision','Can change revision');
INSERT INTO "auth_permission" VALUES(32,11,'delete_revision','Can delete revision');
INSERT INTO "auth_permission" VALUES(33,11,'view_revision','Can view revision');
INSERT INTO "auth_permission" VALUES(34,12,'add_collectionviewrestriction','Can add collection view restriction');
INSERT INTO "auth_permission" VALUES(35,12,'change_collectionviewrestriction','Can change collection view restriction');
INSERT INTO "auth_permission" VALUES(36,12,'delete_collectionviewrestriction','Can delete collection view restriction');
INSERT INTO "auth_permission" VALUES(37,12,'view_collectionviewrestriction','Can view collection view restriction');
INSERT INTO "auth_permission" VALUES(38,13,'add_collection','Can add collection');
INSERT INTO "auth_permission" VALUES(39,13,'change_collection','Can change collection');
INSERT INTO "auth_permission" VALUES(40,13,'delete_collection','Can delete collection');
INSERT INTO "auth_permission" VALUES(41,13,'view_collection','Can view collection');
INSERT INTO "auth_permission" VALUES(42,14,'add_groupcollectionpermission','Can add group collection permission');
INSERT INTO "auth_permission" VALUES(43,14,'change_groupcollectionpermission','Can change group collection permission');
INSERT INTO "auth_permission" VALUES(44,14,'delete_groupcollectionpermission','Can delete group collection permission');
INSERT INTO "auth_permission" VALUES(45,14,'view_groupcollectionpermission','Can view group collection permission');
INSERT INTO "auth_permission" VALUES(46,15,'add_uploadedfile','Can add uploaded file');
INSERT INTO "auth_permission" VALUES(47,15,'change_uploadedfile','Can change uploaded file');
INSERT INTO "auth_permission" VALUES(48,15,'delete_uploadedfile','Can delete uploaded file');
INSERT INTO "auth_permission" VALUES(49,15,'view_uploadedfile','Can view uploaded file');
INSERT INTO "auth_permission" VALUES(50,16,'add_workflowcontenttype','Can add workflow content type');
INSERT INTO "auth_permission" VALUES(51,16,'change_workflowcontenttype','Can change workflow content type');
INSERT INTO "auth_permission" VALUES(52,16,'delete_workflowcontenttype','Can delete workflow content type');
INSERT INTO "auth_permission" VALUES(53,16,'view_workflowcontenttype','Can view workflow content type');
INSERT INTO "auth_permission" VALUES(54,17,'add_workflowstate','Can add Workflow state');
INSERT INTO "auth_permission" VALUES(55,17,'change_workflowstate','Can change Workflow state');
INSERT INTO "auth_permission" VALUES(56,17,'delete_workflowstate','Can delete Workflow state');
INSERT INTO "auth_permission" VALUES(57,17,'view_workflowstate','Can view Workflow state');
INSERT INTO "auth_permission" VALUES(58,18,'add_workflow','Can add workflow');
INSERT INTO "auth_permission" VALUES(59,18,'change_workflow','Can change workflow');
INSERT INTO "auth_permission" VALUES(60,18,'delete_workflow','Can delete workflow');
INSERT INTO "auth_permission" VALUES(61,18,'view_workflow','Can view workflow');
INSERT INTO "auth_permission" VALUES(62,19,'add_workflowtask','Can add workflow task order');
INSERT INTO "auth_permission" VALUES(63,19,'change_workflowtask','Can change workflow task order');
INSERT INTO "auth_permission" VALUES(64,19,'delete_workflowtask','Can delete workflow task order');
INSERT INTO "auth_permission" VALUES(65,19,'view_workflowtask','Can view workflow task order');
INSERT INTO "auth_permission" VALUES(66,20,'add_task','Can add task');
INSERT INTO "auth_permission" VALUES(67,20,'change_task','Can change task');
INSERT INTO "auth_permission" VALUES(68,20,'delete_task','Can delete task');
INSERT INTO "auth_permission" VALUES(69,20,'view_task','Can view task');
INSERT INTO "auth_permission" VALUES(70,5,'add_groupapprovaltask','Can add Group approval task');
INSERT INTO "auth_permission" VALUES(71,5,'change_groupapprovaltask','Can change Group approval task');
INSERT INTO "auth_permission" VALUES(72,5,'delete_groupapprovaltask','Can delete Group approval task');
INSERT INTO "auth_permission" VALUES(73,5,'view_groupapprovaltask','Can view Group approval task');
INSERT INTO "auth_permission" VALUES(74,21,'add_taskstate','Can add Task state');
INSERT INTO "auth_permission" VALUES(75,21,'change_taskstate','Can change Task state');
INSERT INTO "auth_permission" VALUES(76,21,'delete_taskstate','Can delete Task state');
INSERT INTO "auth_permission" VALUES(77,21,'view_taskstate','Can view Task state');
INSERT INTO "auth_permission" VALUES(78,1,'add_page','Can add page');
INSERT INTO "auth_permission" VALUES(79,1,'change_page','Can change page');
INSERT INTO "auth_permission" VALUES(80,1,'delete_page','Can delete page');
INSERT INTO "auth_permission" VALUES(81,1,'view_page','Can view page');
INSERT INTO "auth_permission" VALUES(82,1,'bulk_delete_page','Delete pages with children');
INSERT INTO "auth_permission" VALUES(83,1,'lock_page','Lock/unlock pages you''ve locked');
INSERT INTO "auth_permission" VALUES(84,1,'publish_page','Publish any page');
INSERT INTO "auth_permission" VALUES(85,1,'unlock_page','Unlock any page');
INSERT INTO "auth_permission" VALUES(86,22,'add_grouppagepermission','Can add group page permission');
INSERT INTO "auth_permission" VALUES(87,22,'change_grouppagepermission','Can change group page permission');
INSERT INTO "auth_permission" VALUES(88,22,'delete_grouppagepermission','Can delete group page permission');
INSERT INTO "auth_permission" VALUES(89,22,'view_grouppagepermission','Can view group page permission');
INSERT INTO "auth_permission" VALUES(90,23,'add_pageviewrestriction','Can add page view restriction');
INSERT INTO "auth_permission" VALUES(91,23,'change_pageviewrestriction','Can change page view restriction');
INSERT INTO "auth_permission" VALUES(92,23,'delete_pageviewrestriction','Can delete page view restriction');
INSERT INTO "auth_permission" VALUES(93,23,'view_pageviewrestriction','Can view page view restriction');
INSERT INTO "auth_permission" VALUES(94,24,'add_workflowpage','Can add workflow page');
INSERT INTO "auth_permission" VALUES(95,24,'change_workflowpage','Can change workflow page');
INSERT INTO "auth_permission" VALUES(96,24,'delete_workflowpage','Can delete workflow page');
INSERT INTO "auth_permission" VALUES(97,24,'view_workflowpage','Can view workflow page');
INSERT INTO "auth_permission" VALUES(98,25,'add_pagelogentry','Can add page log entry');
INSERT INTO "auth_permission" VALUES(99,25,'change_pagelogentry','Can change page log entry');
INSERT INTO "auth_permission" VALUES(100,25,'delete_pagelogentry','Can delete page log entry');
INSERT INTO "auth_permission" VALUES(101,25,'view_pagelogentry','Can view page log entry');
INSERT INTO "auth_permission" VALUES(102,26,'add_comment','Can add comment');
INSERT INTO "auth_permission" VALUES(103,26,'change_comment','Can change comment');
INSERT INTO "auth_permission" VALUES(104,26,'delete_comment','Can delete comment');
INSERT INTO "auth_permission" VALUES(105,26,'view_comment','Can view comment');
INSERT INTO "auth_permission" VALUES(106,27,'add_commentreply','Can add comment reply');
INSERT INTO "auth_permission" VALUES(107,27,'change_commentreply','Can change comment reply');
INSERT INTO "auth_permission" VALUES(108,27,'delete_commentreply','Can delete comment reply');
INSERT INTO "auth_permission" VALUES(109,27,'view_commentreply','Can view comment reply');
INSERT INTO "auth_permission" VALUES(110,28,'add_pagesubscription','Can add page subscription');
INSERT INTO "auth_permission" VALUES(111,28,'change_pagesubscription','Can change page subscription');
INSERT INTO "auth_permission" VALUES(112,28,'delete_pagesubscription','Can delete page subscription');
INSERT INTO "auth_permission" VALUES(113,28,'view_pagesubscription','Can view page subscription');
INSERT INTO "auth_permission" VALUES(114,29,'add_referenceindex','Can add reference index');
INSERT INTO "auth_permission" VALUES(115,29,'change_referenceindex','Can change reference index');
INSERT INTO "auth_permission" VALUES(116,29,'delete_referenceindex','Can delete reference index');
INSERT INTO "auth_permission" VALUES(117,29,'view_referenceindex','Can view reference index');
INSERT INTO "auth_permission" VALUES(118,30,'submit_translation','Can submit translations');
INSERT INTO "auth_permission" VALUES(119,31,'add_logentry','Can add log entry');
INSERT INTO "auth_permission" VALUES(120,31,'change_logentry','Can change log entry');
INSERT INTO "auth_permission" VALUES(121,31,'delete_logentry','Can delete log entry');
INSERT INTO "auth_permission" VALUES(122,31,'view_logentry','Can view log entry');
INSERT INTO "auth_permission" VALUES(123,32,'add_permission','Can add permission');
INSERT INTO "auth_permission" VALUES(124,32,'change_permission','Can change permission');
INSERT INTO "auth_permission" VALUES(125,32,'delete_permission','Can delete permission');
INSERT INTO "auth_permission" VALUES(126,32,'view_permission','Can view permission');
INSERT INTO "auth_permission" VALUES(127,33,'add_group','Can add group');
INSERT INTO "auth_permission" VALUES(128,33,'change_group','Can change group');
INSERT INTO "auth_permission" VALUES(129,33,'delete_group','Can delete group');
INSERT INTO "auth_permission" VALUES(130,33,'view_group','Can view group');
INSERT INTO "auth_permission" VALUES(131,34,'add_user','Can add user');
INSERT INTO "auth_permission" VALUES(132,34,'change_user','Can change user');
INSERT INTO "auth_permission" VALUES(133,34,'delete_user','Can delete user');
INSERT INTO "auth_permission" VALUES(134,34,'view_user','Can view user');
INSERT INTO "auth_permission" VALUES(135,35,'add_accessattempt','Can add access attempt');
INSERT INTO "auth_permission" VALUES(136,35,'change_accessattempt','Can change access attempt');
INSERT INTO "auth_permission" VALUES(137,35,'delete_accessattempt','Can delete access attempt');
INSERT INTO "auth_permission" VALUES(138,35,'view_accessattempt','Can view access attempt');
INSERT INTO "auth_permission" VALUES(139,36,'add_accesslog','Can add access log');
INSERT INTO "auth_permission" VALUES(140,36,'change_accesslog','Can change access log');
INSERT INTO "auth_permission" VALUES(141,36,'delete_accesslog','Can delete access log');
INSERT INTO "auth_permission" VALUES(142,36,'view_accesslog','Can view access log');
INSERT INTO "auth_permission" VALUES(143,37,'add_accessfailurelog','Can add access failure');
INSERT INTO "auth_permission" VALUES(144,37,'change_accessfailurelog','Can change access failure');
INSERT INTO "auth_permission" VALUES(145,37,'delete_accessfailurelog','Can delete access failure');
INSERT INTO "auth_permission" VALUES(146,37,'view_accessfailurelog','Can view access failure');
INSERT INTO "auth_permission" VALUES(147,38,'add_accessattemptexpiration','Can add access attempt expiration');
INSERT INTO "auth_permission" VALUES(148,38,'change_accessattemptexpiration','Can change access attempt expiration');
INSERT INTO "auth_permission" VALUES(149,38,'delete_accessattemptexpiration','Can delete access attempt expiration');
INSERT INTO "auth_permission" VALUES(150,38,'view_accessattemptexpiration','Can view access attempt expiration');
INSERT INTO "auth_permission" VALUES(151,39,'add_contenttype','Can add content type');
INSERT INTO "auth_permission" VALUES(152,39,'change_contenttype','Can change content type');
INSERT INTO "auth_permission" VALUES(153,39,'delete_contenttype','Can delete content type');
INSERT INTO "auth_permission" VALUES(154,39,'view_contenttype','Can view content type');
INSERT INTO "auth_permission" VALUES(155,40,'add_publicationsettings','Can add Publication');
INSERT INTO "auth_permission" VALUES(156,40,'change_publicationsettings','Can change Publication');
INSERT INTO "auth_permission" VALUES(157,40,'delete_publicationsettings','Can delete Publication');
INSERT INTO "auth_permission" VALUES(158,40,'view_publicationsettings','Can view Publication');
INSERT INTO "auth_permission" VALUES(159,41,'add_webauthncredential','Can add WebAuthn credential');
INSERT INTO "auth_permission" VALUES(160,41,'change_webauthncredential','Can change WebAuthn credential');
INSERT INTO "auth_permission" VALUES(161,41,'delete_webauthncredential','Can delete WebAuthn credential');
INSERT INTO "auth_permission" VALUES(162,41,'view_webauthncredential','Can view WebAuthn credential');
INSERT INTO "auth_permission" VALUES(163,42,'add_webauthnattestation','Can add WebAuthn attestation');
INSERT INTO "auth_permission" VALUES(164,42,'change_webauthnattestation','Can change WebAuthn attestation');
INSERT INTO "auth_permission" VALUES(165,42,'delete_webauthnattestation','Can delete WebAuthn attestation');
INSERT INTO "auth_permission" VALUES(166,42,'view_webauthnattestation','Can view WebAuthn attestation');
INSERT INTO "auth_permission" VALUES(167,43,'add_webauthnuserhandle','Can add WebAuthn user handle');
INSERT INTO "auth_permission" VALUES(168,43,'change_webauthnuserhandle','Can change WebAuthn user handle');
INSERT INTO "auth_permission" VALUES(169,43,'delete_webauthnuserhandle','Can delete WebAuthn user handle');
INSERT INTO "auth_permission" VALUES(170,43,'view_webauthnuserhandle','Can view WebAuthn user handle');
INSERT INTO "auth_permission" VALUES(171,44,'add_dbtaskresult','Can add Task Result');
INSERT INTO "auth_permission" VALUES(172,44,'change_dbtaskresult','Can change Task Result');
INSERT INTO "auth_permission" VALUES(173,44,'delete_dbtaskresult','Can delete Task Result');
INSERT INTO "auth_permission" VALUES(174,44,'view_dbtaskresult','Can view Task Result');
INSERT INTO "auth_permission" VALUES(175,45,'add_campaign','Can add campaign');
INSERT INTO "auth_permission" VALUES(176,45,'change_campaign','Can change campaign');
INSERT INTO "auth_permission" VALUES(177,45,'delete_campaign','Can delete campaign');
INSERT INTO "auth_permission" VALUES(178,45,'view_campaign','Can view campaign');
INSERT INTO "auth_permission" VALUES(179,46,'add_deliverybatch','Can add delivery batch');
INSERT INTO "auth_permission" VALUES(180,46,'change_deliverybatch','Can change delivery batch');
INSERT INTO "auth_permission" VALUES(181,46,'delete_deliverybatch','Can delete delivery batch');
INSERT INTO "auth_permission" VALUES(182,46,'view_deliverybatch','Can view delivery batch');
INSERT INTO "auth_permission" VALUES(183,47,'add_subscriber','Can add subscriber');
INSERT INTO "auth_permission" VALUES(184,47,'change_subscriber','Can change subscriber');
INSERT INTO "auth_permission" VALUES(185,47,'delete_subscriber','Can delete subscriber');
INSERT INTO "auth_permission" VALUES(186,47,'view_subscriber','Can view subscriber');
INSERT INTO "auth_permission" VALUES(187,47,'view_subscriber_address','Can see subscribers'' email addresses');
INSERT INTO "auth_permission" VALUES(188,48,'add_delivery','Can add delivery');
INSERT INTO "auth_permission" VALUES(189,48,'change_delivery','Can change delivery');
INSERT INTO "auth_permission" VALUES(190,48,'delete_delivery','Can delete delivery');
INSERT INTO "auth_permission" VALUES(191,48,'view_delivery','Can view delivery');
INSERT INTO "auth_permission" VALUES(192,49,'add_signuprequest','Can add signup request');
INSERT INTO "auth_permission" VALUES(193,49,'change_signuprequest','Can change signup request');
INSERT INTO "auth_permission" VALUES(194,49,'delete_signuprequest','Can delete signup request');
INSERT INTO "auth_permission" VALUES(195,49,'view_signuprequest','Can view signup request');
INSERT INTO "auth_permission" VALUES(196,50,'add_homepage','Can add home page');
INSERT INTO "auth_permission" VALUES(197,50,'change_homepage','Can change home page');
INSERT INTO "auth_permission" VALUES(198,50,'delete_homepage','Can delete home page');
INSERT INTO "auth_permission" VALUES(199,50,'view_homepage','Can view home page');
INSERT INTO "auth_permission" VALUES(200,51,'add_issueindexpage','Can add issue archive');
INSERT INTO "auth_permission" VALUES(201,51,'change_issueindexpage','Can change issue archive');
INSERT INTO "auth_permission" VALUES(202,51,'delete_issueindexpage','Can delete issue archive');
INSERT INTO "auth_permission" VALUES(203,51,'view_issueindexpage','Can view issue archive');
INSERT INTO "auth_permission" VALUES(204,52,'add_issuepage','Can add weekly issue');
INSERT INTO "auth_permission" VALUES(205,52,'change_issuepage','Can change weekly issue');
INSERT INTO "auth_permission" VALUES(206,52,'delete_issuepage','Can delete weekly issue');
INSERT INTO "auth_permission" VALUES(207,52,'view_issuepage','Can view weekly issue');
INSERT INTO "auth_permission" VALUES(208,53,'add_articlepage','Can add article');
INSERT INTO "auth_permission" VALUES(209,53,'change_articlepage','Can change article');
INSERT INTO "auth_permission" VALUES(210,53,'delete_articlepage','Can delete article');
INSERT INTO "auth_permission" VALUES(211,53,'view_articlepage','Can view article');
INSERT INTO "auth_permission" VALUES(212,54,'add_author','Can add author');
INSERT INTO "auth_permission" VALUES(213,54,'change_author','Can change author');
INSERT INTO "auth_permission" VALUES(214,54,'delete_author','Can delete author');
INSERT INTO "auth_permission" VALUES(215,54,'view_author','Can view author');
INSERT INTO "auth_permission" VALUES(216,55,'add_articleauthor','Can add article author');
INSERT INTO "auth_permission" VALUES(217,55,'change_articleauthor','Can change article author');
INSERT INTO "auth_permission" VALUES(218,55,'delete_articleauthor','Can delete article author');
INSERT INTO "auth_permission" VALUES(219,55,'view_articleauthor','Can view article author');
INSERT INTO "auth_permission" VALUES(220,56,'add_relatedarticle','Can add related article');
INSERT INTO "auth_permission" VALUES(221,56,'change_relatedarticle','Can change related article');
INSERT INTO "auth_permission" VALUES(222,56,'delete_relatedarticle','Can delete related article');
INSERT INTO "auth_permission" VALUES(223,56,'view_relatedarticle','Can view related article');
INSERT INTO "auth_permission" VALUES(224,57,'add_topic','Can add topic');
INSERT INTO "auth_permission" VALUES(225,57,'change_topic','Can change topic');
INSERT INTO "auth_permission" VALUES(226,57,'delete_topic','Can delete topic');
INSERT INTO "auth_permission" VALUES(227,57,'view_topic','Can view topic');
INSERT INTO "auth_permission" VALUES(228,58,'add_tag','Can add tag');
INSERT INTO "auth_permission" VALUES(229,58,'change_tag','Can change tag');
INSERT INTO "auth_permission" VALUES(230,58,'delete_tag','Can delete tag');
INSERT INTO "auth_permission" VALUES(231,58,'view_tag','Can view tag');
INSERT INTO "auth_permission" VALUES(232,59,'add_taggeditem','Can add tagged item');
INSERT INTO "auth_permission" VALUES(233,59,'change_taggeditem','Can change tagged item');
INSERT INTO "auth_permission" VALUES(234,59,'delete_taggeditem','Can delete tagged item');
INSERT INTO "auth_permission" VALUES(235,59,'view_taggeditem','Can view tagged item');
INSERT INTO "auth_permission" VALUES(236,60,'add_string','Can add string');
INSERT INTO "auth_permission" VALUES(237,60,'change_string','Can change string');
INSERT INTO "auth_permission" VALUES(238,60,'delete_string','Can delete string');
INSERT INTO "auth_permission" VALUES(239,60,'view_string','Can view string');
INSERT INTO "auth_permission" VALUES(240,61,'add_template','Can add template');
INSERT INTO "auth_permission" VALUES(241,61,'change_template','Can change template');
INSERT INTO "auth_permission" VALUES(242,61,'delete_template','Can delete template');
INSERT INTO "auth_permission" VALUES(243,61,'view_template','Can view template');
INSERT INTO "auth_permission" VALUES(244,62,'add_translatableobject','Can add translatable object');
INSERT INTO "auth_permission" VALUES(245,62,'change_translatableobject','Can change translatable object');
INSERT INTO "auth_permission" VALUES(246,62,'delete_translatableobject','Can delete translatable object');
INSERT INTO "auth_permission" VALUES(247,62,'view_translatableobject','Can view translatable object');
INSERT INTO "auth_permission" VALUES(248,63,'add_translationsource','Can add translation source');
INSERT INTO "auth_permission" VALUES(249,63,'change_translationsource','Can change translation source');
INSERT INTO "auth_permission" VALUES(250,63,'delete_translationsource','Can delete translation source');
INSERT INTO "auth_permission" VALUES(251,63,'view_translationsource','Can view translation source');
INSERT INTO "auth_permission" VALUES(252,64,'add_translationlog','Can add translation log');
INSERT INTO "auth_permission" VALUES(253,64,'change_translationlog','Can change translation log');
INSERT INTO "auth_permission" VALUES(254,64,'delete_translationlog','Can delete translation log');
INSERT INTO "auth_permission" VALUES(255,64,'view_translationlog','Can view translation log');
INSERT INTO "auth_permission" VALUES(256,65,'add_translationcontext','Can add translation context');
INSERT INTO "auth_permission" VALUES(257,65,'change_translationcontext','Can change translation context');
INSERT INTO "auth_permission" VALUES(258,65,'delete_translationcontext','Can delete translation context');
INSERT INTO "auth_permission" VALUES(259,65,'view_translationcontext','Can view translation context');
INSERT INTO "auth_permission" VALUES(260,66,'add_templatesegment','Can add template segment');
INSERT INTO "auth_permission" VALUES(261,66,'change_templatesegment','Can change template segment');
INSERT INTO "auth_permission" VALUES(262,66,'delete_templatesegment','Can delete template segment');
INSERT INTO "auth_permission" VALUES(263,66,'view_templatesegment','Can view template segment');
INSERT INTO "auth_permission" VALUES(264,67,'add_stringsegment','Can add string segment');
INSERT INTO "auth_permission" VALUES(265,67,'change_stringsegment','Can change string segment');
INSERT INTO "auth_permission" VALUES(266,67,'delete_stringsegment','Can delete string segment');
INSERT INTO "auth_permission" VALUES(267,67,'view_stringsegment','Can view string segment');
INSERT INTO "auth_permission" VALUES(268,68,'add_relatedobjectsegment','Can add related object segment');
INSERT INTO "auth_permission" VALUES(269,68,'change_relatedobjectsegment','Can change related object segment');
INSERT INTO "auth_permission" VALUES(270,68,'delete_relatedobjectsegment','Can delete related object segment');
INSERT INTO "auth_permission" VALUES(271,68,'view_relatedobjectsegment','Can view related object segment');
INSERT INTO "auth_permission" VALUES(272,69,'add_stringtranslation','Can add string translation');
INSERT INTO "auth_permission" VALUES(273,69,'change_stringtranslation','Can change string translation');
INSERT INTO "auth_permission" VALUES(274,69,'delete_stringtranslation','Can delete string translation');
INSERT INTO "auth_permission" VALUES(275,69,'view_stringtranslation','Can view string translation');
INSERT INTO "auth_permission" VALUES(276,30,'add_translation','Can add translation');
INSERT INTO "auth_permission" VALUES(277,30,'change_translation','Can change translation');
INSERT INTO "auth_permission" VALUES(278,30,'delete_translation','Can delete translation');
INSERT INTO "auth_permission" VALUES(279,30,'view_translation','Can view translation');
INSERT INTO "auth_permission" VALUES(280,70,'add_overridablesegment','Can add overridable segment');
INSERT INTO "auth_permission" VALUES(281,70,'change_overridablesegment','Can change overridable segment');
INSERT INTO "auth_permission" VALUES(282,70,'delete_overridablesegment','Can delete overridable segment');
INSERT INTO "auth_permission" VALUES(283,70,'view_overridablesegment','Can view overridable segment');
INSERT INTO "auth_permission" VALUES(284,71,'add_segmentoverride','Can add segment override');
INSERT INTO "auth_permission" VALUES(285,71,'change_segmentoverride','Can change segment override');
INSERT INTO "auth_permission" VALUES(286,71,'delete_segmentoverride','Can delete segment override');
INSERT INTO "auth_permission" VALUES(287,71,'view_segmentoverride','Can view segment override');
INSERT INTO "auth_permission" VALUES(288,72,'add_localesynchronization','Can add locale synchronization');
INSERT INTO "auth_permission" VALUES(289,72,'change_localesynchronization','Can change locale synchronization');
INSERT INTO "auth_permission" VALUES(290,72,'delete_localesynchronization','Can delete locale synchronization');
INSERT INTO "auth_permission" VALUES(291,72,'view_localesynchronization','Can view locale synchronization');
INSERT INTO "auth_permission" VALUES(292,73,'add_editingsession','Can add editing session');
INSERT INTO "auth_permission" VALUES(293,73,'change_editingsession','Can change editing session');
INSERT INTO "auth_permission" VALUES(294,73,'delete_editingsession','Can delete editing session');
INSERT INTO "auth_permission" VALUES(295,73,'view_editingsession','Can view editing session');
INSERT INTO "auth_permission" VALUES(296,74,'add_formstate','Can add form state');
INSERT INTO "auth_permission" VALUES(297,74,'change_formstate','Can change form state');
INSERT INTO "auth_permission" VALUES(298,74,'delete_formstate','Can delete form state');
INSERT INTO "auth_permission" VALUES(299,74,'view_formstate','Can view form state');
INSERT INTO "auth_permission" VALUES(300,4,'view_document','Can view document');
INSERT INTO "auth_permission" VALUES(301,2,'view_image','Can view image');
INSERT INTO "auth_permission" VALUES(302,75,'add_rendition','Can add rendition');
INSERT INTO "auth_permission" VALUES(303,75,'change_rendition','Can change rendition');
INSERT INTO "auth_permission" VALUES(304,75,'delete_rendition','Can delete rendition');
INSERT INTO "auth_permission" VALUES(305,75,'view_rendition','Can view rendition');
INSERT INTO "auth_permission" VALUES(306,76,'add_searchalias','Can add search alias');
INSERT INTO "auth_permission" VALUES(307,76,'change_searchalias','Can change search alias');
INSERT INTO "auth_permission" VALUES(308,76,'delete_searchalias','Can delete search alias');
INSERT INTO "auth_permission" VALUES(309,76,'view_searchalias','Can view search alias');
INSERT INTO "auth_permission" VALUES(310,77,'add_redirect','Can add redirect');
INSERT INTO "auth_permission" VALUES(311,77,'change_redirect','Can change redirect');
INSERT INTO "auth_permission" VALUES(312,77,'delete_redirect','Can delete redirect');
INSERT INTO "auth_permission" VALUES(313,77,'view_redirect','Can view redirect');
INSERT INTO "auth_permission" VALUES(314,78,'add_userprofile','Can add user profile');
INSERT INTO "auth_permission" VALUES(315,78,'change_userprofile','Can change user profile');
INSERT INTO "auth_permission" VALUES(316,78,'delete_userprofile','Can delete user profile');
INSERT INTO "auth_permission" VALUES(317,78,'view_userprofile','Can view user profile');
INSERT INTO "auth_permission" VALUES(318,79,'add_indexentry','Can add index entry');
INSERT INTO "auth_permission" VALUES(319,79,'change_indexentry','Can change index entry');
INSERT INTO "auth_permission" VALUES(320,79,'delete_indexentry','Can delete index entry');
INSERT INTO "auth_permission" VALUES(321,79,'view_indexentry','Can view index entry');
INSERT INTO "auth_permission" VALUES(322,80,'add_sqliteftsindexentry','Can add sqliteftsindexentry');
INSERT INTO "auth_permission" VALUES(323,80,'change_sqliteftsindexentry','Can change sqliteftsindexentry');
INSERT INTO "auth_permission" VALUES(324,80,'delete_sqliteftsindexentry','Can delete sqliteftsindexentry');
INSERT INTO "auth_permission" VALUES(325,80,'view_sqliteftsindexentry','Can view sqliteftsindexentry');
INSERT INTO "auth_permission" VALUES(326,81,'add_session','Can add session');
INSERT INTO "auth_permission" VALUES(327,81,'change_session','Can change session');
INSERT INTO "auth_permission" VALUES(328,81,'delete_session','Can delete session');
INSERT INTO "auth_permission" VALUES(329,81,'view_session','Can view session');
INSERT INTO "auth_permission" VALUES(330,82,'add_totpdevice','Can add TOTP device');
INSERT INTO "auth_permission" VALUES(331,82,'change_totpdevice','Can change TOTP device');
INSERT INTO "auth_permission" VALUES(332,82,'delete_totpdevice','Can delete TOTP device');
INSERT INTO "auth_permission" VALUES(333,82,'view_totpdevice','Can view TOTP device');
INSERT INTO "auth_permission" VALUES(334,83,'add_staticdevice','Can add static device');
INSERT INTO "auth_permission" VALUES(335,83,'change_staticdevice','Can change static device');
INSERT INTO "auth_permission" VALUES(336,83,'delete_staticdevice','Can delete static device');
INSERT INTO "auth_permission" VALUES(337,83,'view_staticdevice','Can view static device');
INSERT INTO "auth_permission" VALUES(338,84,'add_statictoken','Can add static token');
INSERT INTO "auth_permission" VALUES(339,84,'change_statictoken','Can change static token');
INSERT INTO "auth_permission" VALUES(340,84,'delete_statictoken','Can delete static token');
INSERT INTO "auth_permission" VALUES(341,84,'view_statictoken','Can view static token');
INSERT INTO "auth_group" VALUES(3,'Analyst');
INSERT INTO "auth_group" VALUES(4,'Editor');
INSERT INTO "auth_group" VALUES(5,'Translator');
INSERT INTO "auth_group" VALUES(6,'Audience admin');
INSERT INTO "auth_group" VALUES(7,'Administrator');
INSERT INTO "wagtailcore_collection" VALUES(1,'0001',1,0,'Root');
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(13,1,3,1);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(14,1,3,5);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(15,1,3,9);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(16,1,4,1);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(17,1,4,5);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(18,1,4,9);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(19,1,4,6);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(20,1,4,2);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(21,1,4,3);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(22,1,4,7);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(23,1,4,8);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(24,1,5,5);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(25,1,5,9);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(26,1,7,1);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(27,1,7,5);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(28,1,7,9);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(29,1,7,6);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(30,1,7,2);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(31,1,7,3);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(32,1,7,7);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(33,1,7,8);
INSERT INTO "wagtailcore_site" VALUES(1,'localhost',80,1,2,'');
INSERT INTO "wagtailcore_task" VALUES(2,'Editor approval',1,5);
INSERT INTO "wagtailcore_workflow" VALUES(2,'Review by an editor',1);
INSERT INTO "wagtailcore_groupapprovaltask" VALUES(2);
INSERT INTO "wagtailcore_workflowtask" VALUES(2,0,2,2);
INSERT INTO "wagtailcore_groupapprovaltask_groups" VALUES(2,2,4);
INSERT INTO "wagtailcore_groupapprovaltask_groups" VALUES(3,2,7);
INSERT INTO "wagtailcore_locale" VALUES(1,'en');
INSERT INTO "wagtailcore_page" VALUES(1,'0001',1,1,'Root','root',1,0,'/','',0,'',NULL,NULL,0,1,NULL,0,NULL,NULL,NULL,NULL,'Root',NULL,NULL,1,'0914937c5a7b4c648b8754a2a2f2e83c',NULL,NULL);
INSERT INTO "wagtailcore_page" VALUES(2,'00010001',2,0,'Welcome to your new Wagtail site!','home',1,0,'/home/','',0,'',NULL,NULL,0,1,NULL,0,NULL,NULL,NULL,NULL,'Welcome to your new Wagtail site!',NULL,NULL,1,'ccdaa4e6112645d7ae7dea0270395c45',NULL,NULL);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(8,7,1,78);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(9,7,1,79);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(10,7,1,84);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(11,7,1,82);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(12,7,1,83);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(13,7,1,85);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence(name, seq) VALUES('auth_group', 7);
INSERT INTO sqlite_sequence(name, seq) VALUES('auth_group_permissions', 341);
INSERT INTO sqlite_sequence(name, seq) VALUES('auth_permission', 341);
INSERT INTO sqlite_sequence(name, seq) VALUES('auth_user', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('axes_accessattempt', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('axes_accesslog', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('django_admin_log', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('django_content_type', 84);
INSERT INTO sqlite_sequence(name, seq) VALUES('django_migrations', 276);
INSERT INTO sqlite_sequence(name, seq) VALUES('newsletter_campaign', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('newsletter_delivery', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('otp_static_staticdevice', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('otp_totp_totpdevice', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('publishing_topic', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('taggit_tag', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('taggit_taggeditem', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtail_localize_stringtranslation', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtail_localize_translation', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtail_localize_translationcontext', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtail_localize_translationlog', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtail_localize_translationsource', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailadmin_editingsession', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_collection', 1);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_comment', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_groupapprovaltask_groups', 3);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_groupcollectionpermission', 33);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_grouppagepermission', 13);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_locale', 1);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_modellogentry', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_page', 2);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_pagelogentry', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_pageviewrestriction', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_revision', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_site', 1);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_task', 2);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_taskstate', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_workflow', 2);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_workflowstate', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailcore_workflowtask', 2);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtaildocs_document', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailimages_image', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailimages_rendition', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailredirects_redirect', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailsearch_indexentry', 0);
INSERT INTO sqlite_sequence(name, seq) VALUES('wagtailusers_userprofile', 0);
CREATE UNIQUE INDEX "auth_group_permissions_group_id_permission_id_0cd325b0_uniq" ON "auth_group_permissions" ("group_id", "permission_id");
CREATE INDEX "auth_group_permissions_group_id_b120cbf9" ON "auth_group_permissions" ("group_id");
CREATE INDEX "auth_group_permissions_permission_id_84c5c92e" ON "auth_group_permissions" ("permission_id");
CREATE UNIQUE INDEX "auth_user_groups_user_id_group_id_94350c0c_uniq" ON "auth_user_groups" ("user_id", "group_id");
CREATE INDEX "auth_user_groups_user_id_6a12ed8b" ON "auth_user_groups" ("user_id");
CREATE INDEX "auth_user_groups_group_id_97559544" ON "auth_user_groups" ("group_id");
CREATE UNIQUE INDEX "auth_user_user_permissions_user_id_permission_id_14a6b632_uniq" ON "auth_user_user_permissions" ("user_id", "permission_id");
CREATE INDEX "auth_user_user_permissions_user_id_a95ead1b" ON "auth_user_user_permissions" ("user_id");
CREATE INDEX "auth_user_user_permissions_permission_id_1fbb5f2c" ON "auth_user_user_permissions" ("permission_id");
CREATE INDEX "django_admin_log_content_type_id_c4bce8eb" ON "django_admin_log" ("content_type_id");
CREATE INDEX "django_admin_log_user_id_c564eba6" ON "django_admin_log" ("user_id");
CREATE UNIQUE INDEX "django_content_type_app_label_model_76bd3d3b_uniq" ON "django_content_type" ("app_label", "model");
CREATE UNIQUE INDEX "auth_permission_content_type_id_codename_01ab375a_uniq" ON "auth_permission" ("content_type_id", "codename");
CREATE INDEX "auth_permission_content_type_id_2f476e4b" ON "auth_permission" ("content_type_id");
CREATE INDEX "axes_accessattempt_user_agent_ad89678b" ON "axes_accessattempt" ("user_agent");
CREATE INDEX "axes_accessattempt_ip_address_10922d9c" ON "axes_accessattempt" ("ip_address");
CREATE INDEX "axes_accessattempt_username_3f2d4ca0" ON "axes_accessattempt" ("username");
CREATE UNIQUE INDEX "axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq" ON "axes_accessattempt" ("username", "ip_address", "user_agent");
CREATE INDEX "axes_accessfailurelog_user_agent_ea145dda" ON "axes_accessfailurelog" ("user_agent");
CREATE INDEX "axes_accessfailurelog_ip_address_2e9f5a7f" ON "axes_accessfailurelog" ("ip_address");
CREATE INDEX "axes_accessfailurelog_username_a8b7e8a4" ON "axes_accessfailurelog" ("username");
CREATE INDEX "axes_accesslog_user_agent_0e659004" ON "axes_accesslog" ("user_agent");
CREATE INDEX "axes_accesslog_ip_address_86b417e5" ON "axes_accesslog" ("ip_address");
CREATE INDEX "axes_accesslog_username_df93064b" ON "axes_accesslog" ("username");
CREATE INDEX "webauthncredential_sha256_idx" ON "django_otp_webauthn_webauthncredential" ("credential_id_sha256");
CREATE INDEX "django_otp_webauthn_webauthncredential_user_id_023391d8" ON "django_otp_webauthn_webauthncredential" ("user_id");
CREATE INDEX "django_task_queue_n_99c321_idx" ON "django_tasks_database_dbtaskresult" ("queue_name");
CREATE INDEX "django_task_backend_071754_idx" ON "django_tasks_database_dbtaskresult" ("backend_name");
CREATE INDEX "tasks_db_new_ordering_idx" ON "django_tasks_database_dbtaskresult" ("status", "priority" DESC, "run_after" ASC, "enqueued_at" ASC) WHERE "status" = 'READY';
CREATE UNIQUE INDEX "wagtailcore_groupcollectionpermission_group_id_collection_id_permission_id_a21cefe9_uniq" ON "wagtailcore_groupcollectionpermission" ("group_id", "collection_id", "permission_id");
CREATE INDEX "wagtailcore_groupcollectionpermission_collection_id_5423575a" ON "wagtailcore_groupcollectionpermission" ("collection_id");
CREATE INDEX "wagtailcore_groupcollectionpermission_group_id_05d61460" ON "wagtailcore_groupcollectionpermission" ("group_id");
CREATE INDEX "wagtailcore_groupcollectionpermission_permission_id_1b626275" ON "wagtailcore_groupcollectionpermission" ("permission_id");
CREATE UNIQUE INDEX "wagtailimages_rendition_image_id_filter_spec_focal_point_key_323c8fe0_uniq" ON "wagtailimages_rendition" ("image_id", "filter_spec", "focal_point_key");
CREATE INDEX "wagtailimages_rendition_filter_spec_1cba3201" ON "wagtailimages_rendition" ("filter_spec");
CREATE INDEX "wagtailimages_rendition_image_id_3e1fd774" ON "wagtailimages_rendition" ("image_id");
CREATE INDEX "wagtailimages_image_created_at_86fa6cd4" ON "wagtailimages_image" ("created_at");
CREATE INDEX "wagtailimages_image_uploaded_by_user_id_5d73dc75" ON "wagtailimages_image" ("uploaded_by_user_id");
CREATE INDEX "wagtailimages_image_collection_id_c2f8af7e" ON "wagtailimages_image" ("collection_id");
CREATE INDEX "wagtailimages_image_file_hash_fb5bbb23" ON "wagtailimages_image" ("file_hash");
CREATE INDEX "wagtaildocs_document_uploaded_by_user_id_17258b41" ON "wagtaildocs_document" ("uploaded_by_user_id");
CREATE INDEX "wagtaildocs_document_collection_id_23881625" ON "wagtaildocs_document" ("collection_id");
CREATE UNIQUE INDEX "wagtailcore_pageviewrestriction_groups_pageviewrestriction_id_group_id_d23f80bb_uniq" ON "wagtailcore_pageviewrestriction_groups" ("pageviewrestriction_id", "group_id");
CREATE INDEX "wagtailcore_pageviewrestriction_groups_pageviewrestriction_id_f147a99a" ON "wagtailcore_pageviewrestriction_groups" ("pageviewrestriction_id");
CREATE INDEX "wagtailcore_pageviewrestriction_groups_group_id_6460f223" ON "wagtailcore_pageviewrestriction_groups" ("group_id");
CREATE INDEX "wagtailcore_pageviewrestriction_page_id_15a8bea6" ON "wagtailcore_pageviewrestriction" ("page_id");
CREATE INDEX "wagtailcore_collectionviewrestriction_collection_id_761908ec" ON "wagtailcore_collectionviewrestriction" ("collection_id");
CREATE UNIQUE INDEX "wagtailcore_collectionviewrestriction_groups_collectionviewrestriction_id_group_id_988995ae_uniq" ON "wagtailcore_collectionviewrestriction_groups" ("collectionviewrestriction_id", "group_id");
CREATE INDEX "wagtailcore_collectionviewrestriction_groups_collectionviewrestriction_id_47320efd" ON "wagtailcore_collectionviewrestriction_groups" ("collectionviewrestriction_id");
CREATE INDEX "wagtailcore_collectionviewrestriction_groups_group_id_1823f2a3" ON "wagtailcore_collectionviewrestriction_groups" ("group_id");
CREATE UNIQUE INDEX "wagtailcore_site_hostname_port_2c626d70_uniq" ON "wagtailcore_site" ("hostname", "port");
CREATE INDEX "wagtailcore_site_hostname_96b20b46" ON "wagtailcore_site" ("hostname");
CREATE INDEX "wagtailcore_site_root_page_id_e02fb95c" ON "wagtailcore_site" ("root_page_id");
CREATE INDEX "wagtailcore_task_content_type_id_249ab8ba" ON "wagtailcore_task" ("content_type_id");
CREATE INDEX "wagtailcore_workflowpage_workflow_id_56f56ff6" ON "wagtailcore_workflowpage" ("workflow_id");
CREATE UNIQUE INDEX "wagtailcore_workflowtask_workflow_id_task_id_4ec7a62b_uniq" ON "wagtailcore_workflowtask" ("workflow_id", "task_id");
CREATE INDEX "wagtailcore_workflowtask_task_id_ce7716fe" ON "wagtailcore_workflowtask" ("task_id");
CREATE INDEX "wagtailcore_workflowtask_workflow_id_b9717175" ON "wagtailcore_workflowtask" ("workflow_id");
CREATE UNIQUE INDEX "wagtailcore_groupapprovaltask_groups_groupapprovaltask_id_group_id_bb5ee7eb_uniq" ON "wagtailcore_groupapprovaltask_groups" ("groupapprovaltask_id", "group_id");
CREATE INDEX "wagtailcore_groupapprovaltask_groups_groupapprovaltask_id_9a9255ea" ON "wagtailcore_groupapprovaltask_groups" ("groupapprovaltask_id");
CREATE INDEX "wagtailcore_groupapprovaltask_groups_group_id_2e64b61f" ON "wagtailcore_groupapprovaltask_groups" ("group_id");
CREATE UNIQUE INDEX "wagtailcore_page_translation_key_locale_id_9b041bad_uniq" ON "wagtailcore_page" ("translation_key", "locale_id");
CREATE INDEX "wagtailcore_page_slug_e7c11b8f" ON "wagtailcore_page" ("slug");
CREATE INDEX "wagtailcore_page_content_type_id_c28424df" ON "wagtailcore_page" ("content_type_id");
CREATE INDEX "wagtailcore_page_owner_id_fbf7c332" ON "wagtailcore_page" ("owner_id");
CREATE INDEX "wagtailcore_page_first_published_at_2b5dd637" ON "wagtailcore_page" ("first_published_at");
CREATE INDEX "wagtailcore_page_live_revision_id_930bd822" ON "wagtailcore_page" ("live_revision_id");
CREATE INDEX "wagtailcore_page_locked_by_id_bcb86245" ON "wagtailcore_page" ("locked_by_id");
CREATE INDEX "wagtailcore_page_locale_id_3c7e30a6" ON "wagtailcore_page" ("locale_id");
CREATE INDEX "wagtailcore_page_alias_of_id_12945502" ON "wagtailcore_page" ("alias_of_id");
CREATE INDEX "wagtailcore_commentreply_comment_id_afc7e027" ON "wagtailcore_commentreply" ("comment_id");
CREATE INDEX "wagtailcore_commentreply_user_id_d0b3b9c3" ON "wagtailcore_commentreply" ("user_id");
CREATE UNIQUE INDEX "wagtailcore_pagesubscription_page_id_user_id_0cef73ed_uniq" ON "wagtailcore_pagesubscription" ("page_id", "user_id");
CREATE INDEX "wagtailcore_pagesubscription_page_id_a085e7a6" ON "wagtailcore_pagesubscription" ("page_id");
CREATE INDEX "wagtailcore_pagesubscription_user_id_89d7def9" ON "wagtailcore_pagesubscription" ("user_id");
CREATE UNIQUE INDEX "wagtail_localize_string_locale_id_data_hash_bae71852_uniq" ON "wagtail_localize_string" ("locale_id", "data_hash");
CREATE INDEX "wagtail_localize_string_locale_id_2cded126" ON "wagtail_localize_string" ("locale_id");
CREATE UNIQUE INDEX "wagtail_localize_translatableobject_content_type_id_translation_key_de875339_uniq" ON "wagtail_localize_translatableobject" ("content_type_id", "translation_key");
CREATE INDEX "wagtail_localize_translatableobject_content_type_id_0d6c5139" ON "wagtail_localize_translatableobject" ("content_type_id");
CREATE INDEX "wagtail_localize_templatesegment_context_id_81456b25" ON "wagtail_localize_templatesegment" ("context_id");
CREATE INDEX "wagtail_localize_templatesegment_source_id_26b89dc6" ON "wagtail_localize_templatesegment" ("source_id");
CREATE INDEX "wagtail_localize_templatesegment_template_id_c370b3c8" ON "wagtail_localize_templatesegment" ("template_id");
CREATE INDEX "wagtail_localize_stringsegment_context_id_63235539" ON "wagtail_localize_stringsegment" ("context_id");
CREATE INDEX "wagtail_localize_stringsegment_source_id_5804129f" ON "wagtail_localize_stringsegment" ("source_id");
CREATE INDEX "wagtail_localize_stringsegment_string_id_6356d5ec" ON "wagtail_localize_stringsegment" ("string_id");
CREATE INDEX "wagtail_localize_relatedobjectsegment_context_id_c0a725be" ON "wagtail_localize_relatedobjectsegment" ("context_id");
CREATE INDEX "wagtail_localize_relatedobjectsegment_object_id_6c7b58df" ON "wagtail_localize_relatedobjectsegment" ("object_id");
CREATE INDEX "wagtail_localize_relatedobjectsegment_source_id_9a3b1373" ON "wagtail_localize_relatedobjectsegment" ("source_id");
CREATE INDEX "wagtailcore_comment_page_id_108444b5" ON "wagtailcore_comment" ("page_id");
CREATE INDEX "wagtailcore_comment_resolved_by_id_a282aa0e" ON "wagtailcore_comment" ("resolved_by_id");
CREATE INDEX "wagtailcore_comment_revision_created_id_1d058279" ON "wagtailcore_comment" ("revision_created_id");
CREATE INDEX "wagtailcore_comment_user_id_0c577ca6" ON "wagtailcore_comment" ("user_id");
CREATE INDEX "wagtailcore_page_latest_revision_id_e60fef51" ON "wagtailcore_page" ("latest_revision_id");
CREATE UNIQUE INDEX "wagtailcore_referenceindex_base_content_type_id_object_id_to_content_type_id_to_object_id_content_path_hash_9e6ccd6a_uniq" ON "wagtailcore_referenceindex" ("base_content_type_id", "object_id", "to_content_type_id", "to_object_id", "content_path_hash");
CREATE INDEX "wagtailcore_referenceindex_base_content_type_id_313cf40f" ON "wagtailcore_referenceindex" ("base_content_type_id");
CREATE INDEX "wagtailcore_referenceindex_content_type_id_766e0336" ON "wagtailcore_referenceindex" ("content_type_id");
CREATE INDEX "wagtailcore_referenceindex_to_content_type_id_93690bbd" ON "wagtailcore_referenceindex" ("to_content_type_id");
CREATE INDEX "wagtailcore_taskstate_content_type_id_0a758fdc" ON "wagtailcore_taskstate" ("content_type_id");
CREATE INDEX "wagtailcore_taskstate_task_id_c3677c34" ON "wagtailcore_taskstate" ("task_id");
CREATE INDEX "wagtailcore_taskstate_workflow_state_id_9239a775" ON "wagtailcore_taskstate" ("workflow_state_id");
CREATE INDEX "wagtailcore_taskstate_finished_by_id_13f98229" ON "wagtailcore_taskstate" ("finished_by_id");
CREATE INDEX "wagtailcore_taskstate_revision_id_df25a499" ON "wagtailcore_taskstate" ("revision_id");
CREATE UNIQUE INDEX "unique_in_progress_workflow" ON "wagtailcore_workflowstate" ("base_content_type_id", "object_id") WHERE "status" IN ('in_progress', 'needs_changes');
CREATE INDEX "wagtailcore_workflowstate_requested_by_id_4090bca3" ON "wagtailcore_workflowstate" ("requested_by_id");
CREATE INDEX "wagtailcore_workflowstate_workflow_id_1f18378f" ON "wagtailcore_workflowstate" ("workflow_id");
CREATE INDEX "wagtailcore_workflowstate_base_content_type_id_a30dc576" ON "wagtailcore_workflowstate" ("base_content_type_id");
CREATE INDEX "wagtailcore_workflowstate_content_type_id_2bb78ce1" ON "wagtailcore_workflowstate" ("content_type_id");
CREATE INDEX "workflowstate_ct_id_idx" ON "wagtailcore_workflowstate" ("content_type_id", "object_id");
CREATE INDEX "workflowstate_base_ct_id_idx" ON "wagtailcore_workflowstate" ("base_content_type_id", "object_id");
CREATE INDEX "wagtailcore_workflowcontenttype_workflow_id_9aad7cd2" ON "wagtailcore_workflowcontenttype" ("workflow_id");
CREATE INDEX "wagtailcore_modellogentry_action_d2d856ee" ON "wagtailcore_modellogentry" ("action");
CREATE INDEX "wagtailcore_modellogentry_timestamp_9694521b" ON "wagtailcore_modellogentry" ("timestamp");
CREATE INDEX "wagtailcore_modellogentry_content_changed_8bc39742" ON "wagtailcore_modellogentry" ("content_changed");
CREATE INDEX "wagtailcore_modellogentry_object_id_e0e7d4ef" ON "wagtailcore_modellogentry" ("object_id");
CREATE INDEX "wagtailcore_modellogentry_content_type_id_68849e77" ON "wagtailcore_modellogentry" ("content_type_id");
CREATE INDEX "wagtailcore_modellogentry_user_id_0278d1bf" ON "wagtailcore_modellogentry" ("user_id");
CREATE INDEX "wagtailcore_modellogentry_revision_id_df6ca33a" ON "wagtailcore_modellogentry" ("revision_id");
CREATE INDEX "wagtailcore_pagelogentry_action_c2408198" ON "wagtailcore_pagelogentry" ("action");
CREATE INDEX "wagtailcore_pagelogentry_timestamp_deb774c4" ON "wagtailcore_pagelogentry" ("timestamp");
CREATE INDEX "wagtailcore_pagelogentry_content_changed_99f27ade" ON "wagtailcore_pagelogentry" ("content_changed");
CREATE INDEX "wagtailcore_pagelogentry_content_type_id_74e7708a" ON "wagtailcore_pagelogentry" ("content_type_id");
CREATE INDEX "wagtailcore_pagelogentry_page_id_8464e327" ON "wagtailcore_pagelogentry" ("page_id");
CREATE INDEX "wagtailcore_pagelogentry_revision_id_8043d103" ON "wagtailcore_pagelogentry" ("revision_id");
CREATE INDEX "wagtailcore_pagelogentry_user_id_604ccfd8" ON "wagtailcore_pagelogentry" ("user_id");
CREATE INDEX "wagtailcore_grouppagepermission_group_id_fc07e671" ON "wagtailcore_grouppagepermission" ("group_id");
CREATE INDEX "wagtailcore_grouppagepermission_page_id_710b114a" ON "wagtailcore_grouppagepermission" ("page_id");
CREATE INDEX "wagtailcore_grouppagepermission_permission_id_05acb22e" ON "wagtailcore_grouppagepermission" ("permission_id");
CREATE INDEX "wagtailcore_revision_created_at_81450aa6" ON "wagtailcore_revision" ("created_at");
CREATE INDEX "wagtailcore_revision_approved_go_live_at_88d3dee5" ON "wagtailcore_revision" ("approved_go_live_at");
CREATE INDEX "wagtailcore_revision_user_id_03df83b0" ON "wagtailcore_revision" ("user_id");
CREATE INDEX "wagtailcore_revision_content_type_id_c8cb69c0" ON "wagtailcore_revision" ("content_type_id");
CREATE INDEX "wagtailcore_revision_base_content_type_id_5b4ef7bd" ON "wagtailcore_revision" ("base_content_type_id");
CREATE INDEX "content_object_idx" ON "wagtailcore_revision" ("content_type_id", "object_id");
CREATE INDEX "base_content_object_idx" ON "wagtailcore_revision" ("base_content_type_id", "object_id");
CREATE INDEX "wagtailcore_uploadedfile_for_content_type_id_b0fc87b2" ON "wagtailcore_uploadedfile" ("for_content_type_id");
CREATE INDEX "wagtailcore_uploadedfile_uploaded_by_user_id_c7580fe8" ON "wagtailcore_uploadedfile" ("uploaded_by_user_id");
CREATE UNIQUE INDEX "wagtailcore_groupsitepermission_group_id_site_id_permission_id_a58ee30d_uniq" ON "wagtailcore_groupsitepermission" ("group_id", "site_id", "permission_id");
CREATE INDEX "wagtailcore_groupsitepermission_group_id_e5cdbee4" ON "wagtailcore_groupsitepermission" ("group_id");
CREATE INDEX "wagtailcore_groupsitepermission_permission_id_459b1f38" ON "wagtailcore_groupsitepermission" ("permission_id");
CREATE INDEX "wagtailcore_groupsitepermission_site_id_245de488" ON "wagtailcore_groupsitepermission" ("site_id");
CREATE INDEX "referenceindex_source_object" ON "wagtailcore_referenceindex" ("base_content_type_id", "object_id");
CREATE INDEX "referenceindex_target_object" ON "wagtailcore_referenceindex" ("to_content_type_id", "to_object_id");
CREATE INDEX "wagtailcore_uuid_d6363b_idx" ON "wagtailcore_modellogentry" ("uuid", "action", "timestamp" DESC);
CREATE INDEX "wagtailcore_uuid_06a44d_idx" ON "wagtailcore_pagelogentry" ("uuid", "action", "timestamp" DESC);
CREATE INDEX "wagtailcore_apitoken_user_id_49b1141b" ON "wagtailcore_apitoken" ("user_id");
CREATE INDEX "wagtailadmin_editingsession_content_type_id_4df7730e" ON "wagtailadmin_editingsession" ("content_type_id");
CREATE INDEX "wagtailadmin_editingsession_user_id_6e1a9b70" ON "wagtailadmin_editingsession" ("user_id");
CREATE INDEX "wagtailadmi_content_717955_idx" ON "wagtailadmin_editingsession" ("content_type_id", "object_id");
CREATE INDEX "wagtailadmin_formstate_content_type_id_e32438b3" ON "wagtailadmin_formstate" ("content_type_id");
CREATE INDEX "wagtailadmin_formstate_user_id_b910adc2" ON "wagtailadmin_formstate" ("user_id");
CREATE INDEX "formstate_user_object" ON "wagtailadmin_formstate" ("user_id", "content_type_id", "object_id", "parent_object_id");
CREATE UNIQUE INDEX "wagtail_localize_translation_source_id_target_locale_id_7e943cf8_uniq" ON "wagtail_localize_translation" ("source_id", "target_locale_id");
CREATE INDEX "wagtail_localize_translation_source_id_e326e1e3" ON "wagtail_localize_translation" ("source_id");
CREATE INDEX "wagtail_localize_translation_target_locale_id_8c524f73" ON "wagtail_localize_translation" ("target_locale_id");
CREATE UNIQUE INDEX "wagtail_localize_stringtranslation_locale_id_translation_of_id_context_id_d2d59359_uniq" ON "wagtail_localize_stringtranslation" ("locale_id", "translation_of_id", "context_id");
CREATE INDEX "wagtail_localize_stringtranslation_context_id_3cc13049" ON "wagtail_localize_stringtranslation" ("context_id");
CREATE INDEX "wagtail_localize_stringtranslation_locale_id_b9e3730d" ON "wagtail_localize_stringtranslation" ("locale_id");
CREATE INDEX "wagtail_localize_stringtranslation_translation_of_id_8eef01d0" ON "wagtail_localize_stringtranslation" ("translation_of_id");
CREATE INDEX "wagtail_localize_stringtranslation_last_translated_by_id_764c7a3f" ON "wagtail_localize_stringtranslation" ("last_translated_by_id");
CREATE INDEX "wagtail_localize_overridablesegment_context_id_eed8c388" ON "wagtail_localize_overridablesegment" ("context_id");
CREATE INDEX "wagtail_localize_overridablesegment_source_id_5720ac20" ON "wagtail_localize_overridablesegment" ("source_id");
CREATE INDEX "wagtail_localize_segmentoverride_context_id_f827efe0" ON "wagtail_localize_segmentoverride" ("context_id");
CREATE INDEX "wagtail_localize_segmentoverride_last_translated_by_id_a86448fc" ON "wagtail_localize_segmentoverride" ("last_translated_by_id");
CREATE INDEX "wagtail_localize_segmentoverride_locale_id_b1673d41" ON "wagtail_localize_segmentoverride" ("locale_id");
CREATE INDEX "wagtail_localize_localesynchronization_sync_from_id_1bc4c2eb" ON "wagtail_localize_localesynchronization" ("sync_from_id");
CREATE UNIQUE INDEX "wagtail_localize_translationsource_object_id_locale_id_fb6a8d8e_uniq" ON "wagtail_localize_translationsource" ("object_id", "locale_id");
CREATE INDEX "wagtail_localize_translationsource_locale_id_0ac264c0" ON "wagtail_localize_translationsource" ("locale_id");
CREATE INDEX "wagtail_localize_translationsource_object_id_6a078fd2" ON "wagtail_localize_translationsource" ("object_id");
CREATE INDEX "wagtail_localize_translationsource_specific_content_type_id_3095eb76" ON "wagtail_localize_translationsource" ("specific_content_type_id");
CREATE UNIQUE INDEX "wagtail_localize_translationcontext_object_id_path_id_c7f5d707_uniq" ON "wagtail_localize_translationcontext" ("object_id", "path_id");
CREATE INDEX "wagtail_localize_translationcontext_object_id_86263ce7" ON "wagtail_localize_translationcontext" ("object_id");
CREATE INDEX "wagtail_localize_translationlog_locale_id_37619cb4" ON "wagtail_localize_translationlog" ("locale_id");
CREATE INDEX "wagtail_localize_translationlog_source_id_7228923e" ON "wagtail_localize_translationlog" ("source_id");
CREATE INDEX "wagtail_localize_translationlog_revision_id_e3b62278" ON "wagtail_localize_translationlog" ("revision_id");
CREATE UNIQUE INDEX "publishing_author_translation_key_locale_id_5227e53b_uniq" ON "publishing_author" ("translation_key", "locale_id");
CREATE INDEX "publishing_author_locale_id_69da2745" ON "publishing_author" ("locale_id");
CREATE INDEX "publishing_author_photo_id_fdce00a3" ON "publishing_author" ("photo_id");
CREATE INDEX "publishing_articleauthor_article_id_7b678f93" ON "publishing_articleauthor" ("article_id");
CREATE INDEX "publishing_articleauthor_author_id_5d16e575" ON "publishing_articleauthor" ("author_id");
CREATE INDEX "publishing_relatedarticle_article_id_19538f69" ON "publishing_relatedarticle" ("article_id");
CREATE INDEX "publishing_relatedarticle_page_id_e74aa4f8" ON "publishing_relatedarticle" ("page_id");
CREATE INDEX "publishing_topic_slug_2a959eae" ON "publishing_topic" ("slug");
CREATE INDEX "publishing_topic_locale_id_a2a7c692" ON "publishing_topic" ("locale_id");
CREATE UNIQUE INDEX "publishing_topic_translation_key_locale_id_a525d551_uniq" ON "publishing_topic" ("translation_key", "locale_id");
CREATE INDEX "publishing_articlepage_featured_image_id_b390361e" ON "publishing_articlepage" ("featured_image_id");
CREATE INDEX "publishing_articlepage_issue_week_id_983b72c0" ON "publishing_articlepage" ("issue_week_id");
CREATE INDEX "publishing_articlepage_topic_id_93918efd" ON "publishing_articlepage" ("topic_id");
CREATE INDEX "newsletter__campaig_7dc864_idx" ON "newsletter_deliverybatch" ("campaign_id", "status");
CREATE INDEX "newsletter_deliverybatch_campaign_id_5122b0a1" ON "newsletter_deliverybatch" ("campaign_id");
CREATE INDEX "newsletter__status_03a97c_idx" ON "newsletter_subscriber" ("status", "language");
CREATE INDEX "newsletter_delivery_campaign_id_80e6f15c" ON "newsletter_delivery" ("campaign_id");
CREATE INDEX "newsletter_delivery_batch_id_93d6c29b" ON "newsletter_delivery" ("batch_id");
CREATE INDEX "newsletter_delivery_subscriber_id_0627441d" ON "newsletter_delivery" ("subscriber_id");
CREATE INDEX "newsletter__campaig_bca3e2_idx" ON "newsletter_delivery" ("campaign_id", "status", "sent_at");
CREATE INDEX "newsletter__batch_i_ada277_idx" ON "newsletter_delivery" ("batch_id", "status");
CREATE INDEX "newsletter_campaign_created_by_id_382e3552" ON "newsletter_campaign" ("created_by_id");
CREATE INDEX "newsletter_campaign_started_by_id_d5a73d55" ON "newsletter_campaign" ("started_by_id");
CREATE INDEX "sitrep_ratelimit_cache_expires" ON "sitrep_ratelimit_cache" ("expires");
CREATE INDEX "newsletter_signuprequest_email_hash_feb74631" ON "newsletter_signuprequest" ("email_hash");
CREATE INDEX "otp_static_statictoken_token_d0a51866" ON "otp_static_statictoken" ("token");
CREATE INDEX "otp_static_statictoken_device_id_74b7c7d1" ON "otp_static_statictoken" ("device_id");
CREATE INDEX "otp_static_staticdevice_user_id_7f9cff2b" ON "otp_static_staticdevice" ("user_id");
CREATE INDEX "otp_totp_totpdevice_user_id_0fb18292" ON "otp_totp_totpdevice" ("user_id");
CREATE INDEX "publishing_issue_week_idx" ON "publishing_issuepage" ("week_start");
CREATE INDEX "django_session_expire_date_a5c62663" ON "django_session" ("expire_date");
CREATE INDEX "taggit_taggeditem_object_id_e2d7d1df" ON "taggit_taggeditem" ("object_id");
CREATE INDEX "taggit_taggeditem_content_type_id_9957a03c" ON "taggit_taggeditem" ("content_type_id");
CREATE INDEX "taggit_taggeditem_tag_id_f4f5b767" ON "taggit_taggeditem" ("tag_id");
CREATE INDEX "taggit_tagg_content_8fc721_idx" ON "taggit_taggeditem" ("content_type_id", "object_id");
CREATE UNIQUE INDEX "wagtailredirects_redirect_old_path_site_id_783622d7_uniq" ON "wagtailredirects_redirect" ("old_path", "site_id");
CREATE INDEX "wagtailredirects_redirect_old_path_bb35247b" ON "wagtailredirects_redirect" ("old_path");
CREATE INDEX "wagtailredirects_redirect_redirect_page_id_b5728a8f" ON "wagtailredirects_redirect" ("redirect_page_id");
CREATE INDEX "wagtailredirects_redirect_site_id_780a0e1e" ON "wagtailredirects_redirect" ("site_id");
CREATE UNIQUE INDEX "wagtailsearch_indexentry_content_type_id_object_id_bcd7ba73_uniq" ON "wagtailsearch_indexentry" ("content_type_id", "object_id");
CREATE INDEX "wagtailsearch_indexentry_content_type_id_62ed694f" ON "wagtailsearch_indexentry" ("content_type_id");
CREATE TRIGGER insert_wagtailsearch_indexentry_fts AFTER INSERT ON wagtailsearch_indexentry BEGIN INSERT INTO wagtailsearch_indexentry_fts(title, body, autocomplete, rowid) VALUES (NEW.title, NEW.body, NEW.autocomplete, NEW.id); END;
CREATE TRIGGER update_wagtailsearch_indexentry_fts AFTER UPDATE ON wagtailsearch_indexentry BEGIN UPDATE wagtailsearch_indexentry_fts SET title=NEW.title, body=NEW.body, autocomplete=NEW.autocomplete WHERE rowid=NEW.id; END;
CREATE TRIGGER delete_wagtailsearch_indexentry_fts AFTER DELETE ON wagtailsearch_indexentry BEGIN DELETE FROM wagtailsearch_indexentry_fts WHERE rowid=OLD.id; END;
COMMIT;
